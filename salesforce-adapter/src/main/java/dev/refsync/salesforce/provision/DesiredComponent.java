package dev.refsync.salesforce.provision;

import com.sforce.soap.metadata.Metadata;

/** A component the mapping needs, with the WSC metadata that creates it. */
record DesiredComponent(PlannedComponent planned, Metadata metadata) {}
