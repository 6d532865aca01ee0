/**
 * Who may see what: roles, the viewer a result is prepared for, and the aggregate-only rule (counts of other
 * companies suppressed below k). Framework-free contract; Spring Security adapts to it.
 */
package nl.ketenlens.access;
