/** Spring Security over the access rules: the one route table (deny by default), login, CSRF, throttling, audit filter, the current viewer from the authenticated account. */
package nl.ketenlens.access.web;
