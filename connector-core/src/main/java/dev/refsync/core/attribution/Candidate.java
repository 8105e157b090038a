package dev.refsync.core.attribution;

import dev.refsync.core.model.Referral;
import dev.refsync.core.model.Referrer;
import java.util.Comparator;
import java.util.List;

/**
 * A referral that resolved to a deal's account, with its referrer and every way it matched.
 *
 * @param referral the referral
 * @param referrer its referrer (referrals of unknown referrers never become candidates)
 * @param matches how it resolved to the account, in a fixed order
 * @param referrerDomain the registrable domain of the referrer's e-mail when it is not a free-mail
 *     one (the self-referral rule compares it with the account's domains); null otherwise
 */
record Candidate(Referral referral, Referrer referrer, List<Match> matches, String referrerDomain) {
  /**
   * The order in which candidates are preferred when nothing else separates them (DESIGN 4.3): the
   * latest submitted first, then the smaller referral id.
   */
  static final Comparator<Candidate> PREFERENCE =
      Comparator.comparing((Candidate c) -> c.referral().submittedAt())
          .reversed()
          .thenComparing(Candidate::id);

  Candidate {
    matches = List.copyOf(matches);
  }

  String id() {
    return referral.id();
  }
}
