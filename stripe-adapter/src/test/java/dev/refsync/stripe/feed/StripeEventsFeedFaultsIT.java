package dev.refsync.stripe.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.model.Event;
import dev.refsync.core.error.RateLimitedException;
import dev.refsync.core.error.UpstreamServerException;
import dev.refsync.sandbox.stripe.StripeEndpoints;
import dev.refsync.sandbox.stripe.StripeSeedSpec;
import dev.refsync.stripe.StripeEmulatorFixture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bursts of 429s and 5xxs are retried (StripeCalls: 5 attempts); nothing is lost. */
class StripeEventsFeedFaultsIT {
  private final StripeEmulatorFixture f =
      new StripeEmulatorFixture(new StripeSeedSpec(11, 15, 6, 2, 1, 2));

  @AfterEach
  void stop() {
    f.close();
  }

  private StripeEventsFeed feed() {
    return new StripeEventsFeed(
        f.client(), StripeEmulatorFixture.calls(), f.config().withEventsPageSize(5), f.clock);
  }

  private Optional<EventCursor> from() {
    return Optional.of(EventCursor.startingAt(f.clock.instant().minus(Duration.ofDays(30))));
  }

  private static List<String> ids(FeedPage page) {
    return page.events().stream().map(Event::getId).toList();
  }

  @Test
  void aBurstOf429sIsSurvived() {
    f.stripe.faults().failNext(4, 429, StripeEndpoints.EVENTS_LIST);
    FeedPage page = feed().read(from());
    assertThat(ids(page)).containsExactlyElementsOf(f.visibleEventIdsOldestFirst());
    assertThat(f.stripe.faults().pending()).isZero();
  }

  @Test
  void aBurstOf5xxsIsSurvived() {
    f.stripe.faults().failNext(2, 503).failNext(2, 500);
    FeedPage page = feed().read(from());
    assertThat(ids(page)).containsExactlyElementsOf(f.visibleEventIdsOldestFirst());
    assertThat(f.stripe.faults().pending()).isZero();
  }

  @Test
  void lockTimeoutsAreSurvived() {
    f.stripe.faults().failNext(3, 409, StripeEndpoints.EVENTS_LIST);
    assertThat(ids(feed().read(from()))).containsExactlyElementsOf(f.visibleEventIdsOldestFirst());
  }

  @Test
  void aBurstLongerThanTheRetriesFailsTheReadAndTheSameCursorThenReadsEverything() {
    f.stripe.faults().failNext(5, 429, StripeEndpoints.EVENTS_LIST);
    assertThatThrownBy(() -> feed().read(from())).isInstanceOf(RateLimitedException.class);

    f.stripe.faults().failNext(5, 502);
    assertThatThrownBy(() -> feed().read(from())).isInstanceOf(UpstreamServerException.class);

    assertThat(ids(feed().read(from()))).containsExactlyElementsOf(f.visibleEventIdsOldestFirst());
  }
}
