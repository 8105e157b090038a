package dev.refsync.sandbox.hubspot;

/** One type on a stored association, as v4 batch read returns it. */
record AssociationType(String category, int typeId, String label) {}
