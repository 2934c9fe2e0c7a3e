package org.breachresponse.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * The web apps' session cookie: HttpOnly and SameSite=Lax always, Secure in production (which is served over
 * HTTPS only, see {@link HttpsOnlyFilter}); development keeps plain HTTP on localhost working.
 */
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(ModeFilterConfig.production());
    cookie.setAttribute("SameSite", "Lax");
  }
}
