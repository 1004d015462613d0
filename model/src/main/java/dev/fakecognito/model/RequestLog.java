package dev.fakecognito.model;

import dev.fakecognito.model.internal.Json;
import java.util.List;

/**
 * The request journal of a fake: the most recent API calls, oldest first. The journal is bounded;
 * {@code dropped} counts the older calls it no longer holds.
 *
 * @param requests the calls held, oldest first
 * @param dropped  how many older calls were dropped to stay within the bound
 */
public record RequestLog(List<RecordedRequest> requests, long dropped) {

    /** Copies the list. */
    public RequestLog {
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    /**
     * Reads a journal as {@code GET /_fake/requests} answers it.
     *
     * @param json the JSON document
     * @return the journal
     * @throws IllegalArgumentException when the document is not a journal
     */
    public static RequestLog fromJson(String json) {
        try {
            return Json.read(json, RequestLog.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a request journal: " + e.getMessage(), e);
        }
    }

    /** Writes the journal as {@code GET /_fake/requests} answers it ({@link #fromJson} reads it back). */
    public String toJson() {
        return Json.write(this);
    }

    /** The calls of one operation, oldest first. */
    public List<RecordedRequest> forOperation(String operation) {
        return requests.stream()
                .filter(request -> operation.equals(request.operation()))
                .toList();
    }

    /** The calls made in one region (the {@code region} each call records), oldest first. */
    public List<RecordedRequest> inRegion(String region) {
        return requests.stream()
                .filter(request -> region.equals(request.region()))
                .toList();
    }

    /** The calls made from one account (the {@code accountId} each call records), oldest first. */
    public List<RecordedRequest> inAccount(String accountId) {
        return requests.stream()
                .filter(request -> accountId.equals(request.accountId()))
                .toList();
    }
}
