package dev.refsync.mappings.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A filter on a vendor record, e.g. Salesforce Accounts with {@code Type = 'Partner'} are
 * referrers.
 *
 * @param field dotted path of the vendor field
 * @param equalsValue the field must equal this (compared as text)
 * @param in the field must be one of these
 * @param present true: the field must be present and not blank; false: absent or blank
 */
public record Condition(
    String field, @JsonProperty("equals") String equalsValue, List<String> in, Boolean present) {
  public Condition {
    in = in == null ? List.of() : List.copyOf(in);
  }
}
