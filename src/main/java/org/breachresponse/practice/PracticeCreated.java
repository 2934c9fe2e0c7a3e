package org.breachresponse.practice;

/**
 * A practice was created (its row and its Camunda tenant exist). Fired synchronously, inside the transaction that
 * created it, by whoever creates practices; observers prepare what a practice needs in the engine and the web
 * apps, e.g. its Tasklist filter ({@code security.PracticeTaskFilters}).
 */
public record PracticeCreated(PracticeId id) {
}
