package dev.refsync.sandbox.hubspot;

/**
 * Makes individual inputs of the next batch writes fail, so clients see HubSpot's 207 Multi-Status
 * answer: the other inputs succeed and the failed ones come back in {@code errors}.
 */
final class BatchInputFaults {

  private int remaining;
  private String category = HubSpotErrors.VALIDATION_ERROR;

  synchronized void failNext(int inputs, String errorCategory) {
    if (inputs < 1) {
      throw new IllegalArgumentException("input count must be at least 1, was " + inputs);
    }
    remaining += inputs;
    category = errorCategory;
  }

  /** Null when this input should succeed, else the error category to report. */
  synchronized String take() {
    if (remaining == 0) {
      return null;
    }
    remaining--;
    return category;
  }
}
