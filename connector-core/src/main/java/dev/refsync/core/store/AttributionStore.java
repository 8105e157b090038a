package dev.refsync.core.store;

import dev.refsync.core.model.Attribution;
import dev.refsync.core.model.Credit;
import dev.refsync.core.model.Rejection;
import dev.refsync.core.model.RejectionReason;
import dev.refsync.core.plans.AttributionModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The attributions and rejections of the latest engine run (tables {@code attribution} and {@code
 * attribution_rejection}).
 */
public final class AttributionStore {
  private static final String SELECT_ATTRIBUTIONS =
      "SELECT deal_id, account_id, model, credits, trail FROM attribution ORDER BY deal_id";
  private static final String SELECT_REJECTIONS =
      "SELECT deal_id, referral_id, reason, detail FROM attribution_rejection"
          + " ORDER BY deal_id, referral_id, reason";

  private final Connection connection;
  private final Clock clock;
  private final CanonicalJson json;

  AttributionStore(Connection connection, Clock clock, CanonicalJson json) {
    this.connection = connection;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Makes the stored set equal to one engine run's complete output. The engines evaluate the whole
   * dataset, so a deal missing from {@code attributions} has no attribution any more (it was
   * deleted or left CLOSED_WON, DESIGN 5) and its row goes. Rows whose content did not change are
   * left untouched, so {@code computed_at} says when an attribution last changed and persisting the
   * same result twice changes nothing.
   */
  public void replaceAll(List<Attribution> attributions, List<Rejection> rejections) {
    Instant now = clock.instant();
    replaceAttributions(attributions, now);
    replaceRejections(rejections, now);
  }

  /** The stored attributions, by deal id. */
  public List<Attribution> attributions() {
    List<Attribution> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(SELECT_ATTRIBUTIONS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String dealId = rows.getString("deal_id");
        String where = "attribution of deal " + dealId;
        List<Credit> credits =
            json.read(rows.getString("credits"), json.listOf(Credit.class), where);
        List<String> trail = json.read(rows.getString("trail"), json.listOf(String.class), where);
        result.add(
            new Attribution(
                dealId,
                rows.getString("account_id"),
                AttributionModel.valueOf(rows.getString("model")),
                credits,
                trail));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read attributions", e);
    }
    return result;
  }

  /** The stored rejections, by deal id then referral id. */
  public List<Rejection> rejections() {
    List<Rejection> result = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(SELECT_REJECTIONS);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        result.add(
            new Rejection(
                rows.getString("deal_id"),
                rows.getString("referral_id"),
                RejectionReason.valueOf(rows.getString("reason")),
                rows.getString("detail")));
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read attribution rejections", e);
    }
    return result;
  }

  private void replaceAttributions(List<Attribution> attributions, Instant now) {
    Map<String, Attribution> stored = new HashMap<>();
    attributions().forEach(a -> stored.put(a.dealId(), a));
    Map<String, Attribution> wanted = new LinkedHashMap<>();
    attributions.forEach(a -> wanted.put(a.dealId(), a));
    for (String dealId : stored.keySet()) {
      if (!Objects.equals(stored.get(dealId), wanted.get(dealId))) {
        execute("DELETE FROM attribution WHERE deal_id = ?", dealId);
      }
    }
    String insert =
        "INSERT INTO attribution (deal_id, account_id, model, credits, trail, computed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (Attribution attribution : wanted.values()) {
        if (attribution.equals(stored.get(attribution.dealId()))) {
          continue;
        }
        statement.setString(1, attribution.dealId());
        statement.setString(2, attribution.accountId());
        statement.setString(3, attribution.model().name());
        statement.setString(4, json.write(attribution.credits()));
        statement.setString(5, json.write(attribution.trail()));
        Jdbc.setInstant(statement, 6, now);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not write attributions", e);
    }
  }

  private void replaceRejections(List<Rejection> rejections, Instant now) {
    Map<List<String>, Rejection> stored = new HashMap<>();
    rejections().forEach(r -> stored.put(key(r), r));
    Map<List<String>, Rejection> wanted = new LinkedHashMap<>();
    rejections.forEach(r -> wanted.put(key(r), r));
    for (Map.Entry<List<String>, Rejection> old : stored.entrySet()) {
      if (!old.getValue().equals(wanted.get(old.getKey()))) {
        List<String> k = old.getKey();
        execute(
            "DELETE FROM attribution_rejection WHERE deal_id = ? AND referral_id = ?"
                + " AND reason = ?",
            k.get(0),
            k.get(1),
            k.get(2));
      }
    }
    String insert =
        "INSERT INTO attribution_rejection (deal_id, referral_id, reason, detail, computed_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (Map.Entry<List<String>, Rejection> entry : wanted.entrySet()) {
        if (entry.getValue().equals(stored.get(entry.getKey()))) {
          continue;
        }
        Rejection rejection = entry.getValue();
        statement.setString(1, rejection.dealId());
        statement.setString(2, rejection.referralId());
        statement.setString(3, rejection.reason().name());
        statement.setString(4, rejection.detail());
        Jdbc.setInstant(statement, 5, now);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not write attribution rejections", e);
    }
  }

  private static List<String> key(Rejection rejection) {
    return List.of(rejection.dealId(), rejection.referralId(), rejection.reason().name());
  }

  private void execute(String sql, String... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreAccessException("Could not execute " + sql, e);
    }
  }
}
