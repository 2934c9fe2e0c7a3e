package org.breachresponse.directory;

/** The machine or account is not in the directory: someone must act by hand, knowing what was tried. */
public class DirectoryTargetNotFoundException extends RuntimeException {

  public DirectoryTargetNotFoundException(String message) {
    super(message);
  }
}
