package dev.refsync.core.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documentation of one configuration field, on a config record's component (DESIGN 11). It is
 * read at run time: the configuration reference is generated from it, and {@link ConfigDocs} lets a
 * test fail when a field has none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Doc {
  /** What the field means, its unit and its default, in one or two sentences. */
  String value();
}
