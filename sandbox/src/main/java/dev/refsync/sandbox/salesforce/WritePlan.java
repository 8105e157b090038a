package dev.refsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one {@link WriteOp} would do, or why it cannot: built by {@link WritePlanner}. */
final class WritePlan {
  final WriteOp op;
  SObjectDef type;
  SObjectRecord existing;
  String externalKey;
  final Map<String, Object> changes = new LinkedHashMap<>();
  final List<RecordError> errors = new ArrayList<>();

  WritePlan(WriteOp op) {
    this.op = op;
  }
}
