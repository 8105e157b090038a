package dev.refsync.salesforce.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.refsync.core.error.InvalidRequestException;
import dev.refsync.salesforce.support.EmulatedOrg;
import dev.refsync.sandbox.salesforce.SalesforceSeedSpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryPagingIT {
  private static final String SOQL = "SELECT Id, Name FROM Account ORDER BY Id";
  private final EmulatedOrg org = new EmulatedOrg();

  @AfterEach
  void stop() {
    org.close();
  }

  @Test
  void pagesThroughEveryRecordInPagesOf2000() {
    org.sf.seed(new SalesforceSeedSpec(11, 4500, 0, 0, 0));

    List<Integer> pageSizes = new ArrayList<>();
    List<ObjectNode> all = new ArrayList<>();
    QueryPage page = org.rest.query(SOQL);
    assertThat(page.totalSize()).isEqualTo(4500);
    while (true) {
      pageSizes.add(page.records().size());
      all.addAll(page.records());
      if (page.done()) {
        break;
      }
      page = org.rest.queryMore(page.nextRecordsUrl());
    }

    assertThat(pageSizes).containsExactly(2000, 2000, 500);
    assertThat(page.nextRecordsUrl()).isNull();
    assertThat(new HashSet<>(all.stream().map(r -> r.path("Id").asText()).toList())).hasSize(4500);
    assertThat(org.count("query")).isEqualTo(1);
    assertThat(org.count("query.more")).isEqualTo(2);
  }

  @Test
  void theConfiguredBatchSizeIsSentAsSforceQueryOptions() {
    org.sf.seed(new SalesforceSeedSpec(11, 450, 0, 0, 0));
    SalesforceRestClient client =
        new SalesforceRestClient(
            org.config.withQueryBatchSize(200),
            org.auth,
            org.http,
            org.json,
            SalesforceRetry.of(
                "it", org.config, new dev.refsync.salesforce.error.SalesforceErrorClassifier()));

    QueryPage first = client.query(SOQL);

    assertThat(first.records()).hasSize(200);
    assertThat(first.done()).isFalse();
    assertThat(client.queryMore(first.nextRecordsUrl()).records()).hasSize(200);
  }

  @Test
  void queryAllAlsoReturnsDeletedRecords() throws Exception {
    org.sf.seed(new SalesforceSeedSpec(3, 3, 0, 0, 0));
    String deleted = org.rest.query(SOQL).records().get(0).path("Id").asText();
    HttpResponse<String> delete =
        org.http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        org.sf.baseUri() + "/services/data/v62.0/sobjects/Account/" + deleted))
                .header("Authorization", "Bearer " + org.sf.issueSession())
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(delete.statusCode()).isEqualTo(204);

    assertThat(org.rest.query(SOQL).records()).hasSize(2);
    QueryPage all = org.rest.queryAll("SELECT Id, IsDeleted FROM Account ORDER BY Id");

    assertThat(all.records()).hasSize(3);
    assertThat(all.records().get(0).path("IsDeleted").asBoolean()).isTrue();
  }

  @Test
  void aMalformedQueryIsAnInvalidRequestAndNotRetried() {
    Assertions.assertThatThrownBy(() -> org.rest.query("SELECT Id FROM Account WHERE"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.vendorCode()).isEqualTo("MALFORMED_QUERY"));
    assertThat(org.count("query")).isEqualTo(1);
  }
}
