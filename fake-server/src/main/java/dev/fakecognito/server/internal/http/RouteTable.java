package dev.fakecognito.server.internal.http;

import io.undertow.util.HttpString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which endpoint answers a request, by method and path: the routes in the order they were added, the
 * first that matches wins, else the fallback. Built once per fake, then read by many threads.
 *
 * @param <E> what a route leads to
 */
final class RouteTable<E> {
    /** How a route's path matches a request's. */
    enum Match {
        /** The path itself. */
        EXACT,
        /** Any path that starts with it (the route's path ends in {@code /}). */
        PREFIX,
        /** The path itself and everything under it ({@code /_fake} and {@code /_fake/…}). */
        SUBTREE
    }

    private record Route<E>(Set<HttpString> methods, String path, Match match, E endpoint) {
        boolean matches(HttpString method, String requested) {
            if (!methods.isEmpty() && !methods.contains(method)) {
                return false;
            }
            return switch (match) {
                case EXACT -> requested.equals(path);
                case PREFIX -> requested.startsWith(path);
                case SUBTREE ->
                    requested.startsWith(path)
                            && (requested.length() == path.length() || requested.charAt(path.length()) == '/');
            };
        }
    }

    private final List<Route<E>> routes = new ArrayList<>();
    private final E fallback;

    /**
     * An empty table.
     *
     * @param fallback what answers a request no route matches
     */
    RouteTable(E fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Adds a route after the others.
     *
     * @param methods  the methods it takes; empty for any
     * @param path     the path it matches
     * @param match    how
     * @param endpoint what answers
     * @return this table
     */
    RouteTable<E> add(Set<HttpString> methods, String path, Match match, E endpoint) {
        routes.add(new Route<>(Set.copyOf(methods), path, match, Objects.requireNonNull(endpoint, "endpoint")));
        return this;
    }

    /** Adds a route for any method. */
    RouteTable<E> add(String path, Match match, E endpoint) {
        return add(Set.of(), path, match, endpoint);
    }

    /** What answers a request: the first matching route's endpoint, else the fallback. */
    E find(HttpString method, String path) {
        for (Route<E> route : routes) {
            if (route.matches(method, path)) {
                return route.endpoint();
            }
        }
        return fallback;
    }
}
