package org.breachresponse.directory;

/** The directory could not do it now (down, slow, refused); a retry may succeed. */
public class DirectoryUnavailableException extends RuntimeException {

  public DirectoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
