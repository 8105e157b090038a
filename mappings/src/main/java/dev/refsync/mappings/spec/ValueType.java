package dev.refsync.mappings.spec;

import dev.refsync.core.model.Channel;
import dev.refsync.core.model.DealStage;
import dev.refsync.core.model.EntryKind;
import dev.refsync.core.model.EntryStatus;
import dev.refsync.core.model.ReferrerType;
import dev.refsync.core.plans.AttributionModel;

/** The Java type of a canonical attribute, which decides the default conversion. */
public enum ValueType {
  TEXT(null),
  DECIMAL(null),
  INTEGER(null),
  INSTANT(null),
  TEXT_SET(null),
  STAGE(DealStage.class),
  REFERRER_TYPE(ReferrerType.class),
  CHANNEL(Channel.class),
  ATTRIBUTION_MODEL(AttributionModel.class),
  ENTRY_KIND(EntryKind.class),
  ENTRY_STATUS(EntryStatus.class);

  private final Class<? extends Enum<?>> enumType;

  ValueType(Class<? extends Enum<?>> enumType) {
    this.enumType = enumType;
  }

  /** The canonical enum, or null for non-enum types. */
  public Class<? extends Enum<?>> enumType() {
    return enumType;
  }

  public boolean isEnum() {
    return enumType != null;
  }
}
