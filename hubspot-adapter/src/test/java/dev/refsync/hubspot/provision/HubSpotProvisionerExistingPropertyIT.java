package dev.refsync.hubspot.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refsync.hubspot.client.PropertyDefinition;
import dev.refsync.hubspot.provision.ProvisioningAction.CreateProperty;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A property a user already made under Refsync's name is left exactly as it is. */
class HubSpotProvisionerExistingPropertyIT {
  private final ProvisioningHarness h = new ProvisioningHarness();
  private final PropertyDefinition theirs =
      new PropertyDefinition(
          "refsync_referrer",
          "Referred by (sales ops)",
          "string",
          "textarea",
          "dealinformation",
          "made by hand before Refsync",
          null,
          null);

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void anExistingPropertyIsNeitherPlannedNorChanged() {
    h.client.createProperty("deals", theirs);

    List<ProvisioningAction> plan = h.provisioner.plan();
    List<ProvisioningResult> applied = h.provisioner.apply();

    assertThat(plan)
        .filteredOn(CreateProperty.class::isInstance)
        .extracting(a -> ((CreateProperty) a).property().name())
        .containsExactly(
            "refsync_referral_id",
            "refsync_referral_source",
            "refsync_referral_date",
            "refsync_attribution");
    assertThat(applied).allSatisfy(r -> assertThat(r.created()).isTrue());
    assertThat(h.client.listProperties("deals"))
        .filteredOn(p -> p.name().equals("refsync_referrer"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.label()).isEqualTo("Referred by (sales ops)");
              assertThat(p.groupName()).isEqualTo("dealinformation");
              assertThat(p.fieldType()).isEqualTo("textarea");
            });
    assertThat(h.provisioner.plan()).isEmpty();
  }

  @Test
  void aCompatibleExistingPropertyGivesNoWarning() {
    h.client.createProperty("deals", theirs);

    assertThat(h.provisioner.review().warnings()).isEmpty();
  }

  @Test
  void existingPropertiesThatCannotHoldTheWritesAreWarnedAboutAndKept() {
    h.client.createProperty(
        "deals",
        new PropertyDefinition(
            "refsync_referral_date",
            "Referral date",
            "string",
            "text",
            "dealinformation",
            null,
            null,
            null));
    h.client.createProperty(
        "deals",
        new PropertyDefinition(
            "refsync_referral_source",
            "Source",
            "enumeration",
            "select",
            "dealinformation",
            null,
            null,
            List.of(
                new PropertyDefinition.Option("Link", "LINK"),
                new PropertyDefinition.Option("Code", "CODE"))));

    ProvisioningReview review = h.provisioner.review();
    h.provisioner.apply();

    assertThat(review.warnings())
        .extracting(ProvisioningWarning::description)
        .containsExactly(
            "refsync_referral_source on deals: lacks the options [FORM, INTRO_EMAIL,"
                + " DEAL_REGISTRATION, OTHER] that Refsync writes; add them in HubSpot or map them"
                + " in the mapping's values",
            "refsync_referral_date on deals: is string but Refsync writes datetime values; change"
                + " its type in HubSpot or point the mapping at another property");
    assertThat(review.actions())
        .filteredOn(CreateProperty.class::isInstance)
        .extracting(a -> ((CreateProperty) a).property().name())
        .doesNotContain("refsync_referral_date", "refsync_referral_source");
    assertThat(h.client.listProperties("deals"))
        .filteredOn(p -> p.name().equals("refsync_referral_date"))
        .singleElement()
        .extracting(PropertyDefinition::type)
        .isEqualTo("string");
  }

  @Test
  void anExistingGroupIsNotCreatedAgain() {
    h.client.createPropertyGroup("deals", HubSpotProvisioningSpec.REFSYNC_GROUP);

    assertThat(h.provisioner.plan())
        .noneMatch(ProvisioningAction.CreatePropertyGroup.class::isInstance);
    assertThat(h.provisioner.apply()).allSatisfy(r -> assertThat(r.created()).isTrue());
    assertThat(h.count("properties.groups.create")).isEqualTo(1);
  }
}
