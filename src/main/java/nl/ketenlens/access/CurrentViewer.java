package nl.ketenlens.access;

/**
 * The viewer of the request being served. The security layer implements it from the authenticated account;
 * controllers ask it once per request and hand the {@link Viewer} to their service.
 */
@FunctionalInterface
public interface CurrentViewer {

    Viewer get();
}
