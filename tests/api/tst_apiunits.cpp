// Unit tests of the API client's pure parts: backoff, base URL checks, query encoding,
// error body parsing and the user messages.
#include "api/apierror.h"
#include "api/baseurl.h"
#include "api/httperror.h"
#include "api/retrypolicy.h"
#include "api/workorderquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace fentu;

class TestApiUnits : public QObject
{
    Q_OBJECT
private slots:
    void backoffStaysWithinTheExponentialCeiling();
    void backoffIsCappedAndNeverOverflows();
    void backoffToleratesOddInput();
    void baseUrl_data();
    void baseUrl();
    void loopbackHosts();
    void queryOmitsEmptyFilters();
    void queryCarriesEveryFilter();
    void queryEncodesReservedCharacters();
    void errorBodyIsParsed();
    void errorBodyThatIsNotJsonStillGivesHttpError();
    void retryAfterIsParsed();
    void userMessagesSayWhatHappened();
    void transientKinds();
    void redactRemovesTheKey();
};

void TestApiUnits::backoffStaysWithinTheExponentialCeiling()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 10s;
    for (int retry = 1; retry <= 6; ++retry) {
        const auto ceiling = 100ms * (1 << (retry - 1));
        QCOMPARE(policy.backoff(retry, 0.0), 0ms);
        const auto high = policy.backoff(retry, 0.999999);
        QVERIFY2(high < ceiling, qPrintable(u"retry %1: %2 ms"_s.arg(retry).arg(high.count())));
        QVERIFY(high >= ceiling - 1ms);
        QCOMPARE(policy.backoff(retry, 0.5), ceiling / 2);
    }
}

void TestApiUnits::backoffIsCappedAndNeverOverflows()
{
    RetryPolicy policy;
    policy.baseDelay = 250ms;
    policy.maxDelay = 8s;
    QCOMPARE(policy.backoff(6, 0.5), 4000ms); // 250 * 32 = 8000, halved
    QCOMPARE(policy.backoff(7, 0.5), 4000ms); // 250 * 64 = 16000, capped at 8000
    for (int retry : {20, 63, 64, 1000, std::numeric_limits<int>::max()}) {
        const auto delay = policy.backoff(retry, 0.999);
        QVERIFY(delay >= 0ms);
        QVERIFY(delay <= 8s);
        QVERIFY(delay >= 7900ms);
    }
}

void TestApiUnits::backoffToleratesOddInput()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    QCOMPARE(policy.backoff(0, 0.5), 50ms); // treated as the first retry
    QCOMPARE(policy.backoff(-5, 0.5), 50ms);
    QCOMPARE(policy.backoff(1, -1.0), 0ms); // the unit is clamped into [0,1]
    QVERIFY(policy.backoff(1, 7.0) <= 100ms);
    QCOMPARE(policy.backoff(1, std::numeric_limits<double>::quiet_NaN()), 0ms);
    policy.baseDelay = -5ms;
    QCOMPARE(policy.backoff(3, 0.9), 0ms);
}

void TestApiUnits::baseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // normalised URL, or the refusal code
    QTest::addColumn<bool>("accepted");

    QTest::newRow("vendor https") << u"https://api.fentu.io/v1"_s << u"https://api.fentu.io/v1"_s
                                  << true;
    QTest::newRow("trailing slashes")
        << u"https://api.fentu.io/v1//"_s << u"https://api.fentu.io/v1"_s << true;
    QTest::newRow("upper-case scheme")
        << u"HTTPS://api.fentu.io/v1"_s << u"https://api.fentu.io/v1"_s << true;
    QTest::newRow("https no path")
        << u"https://api.fentu.io/"_s << u"https://api.fentu.io"_s << true;
    QTest::newRow("sandbox shape")
        << u"http://127.0.0.1:8080/api/v1"_s << u"http://127.0.0.1:8080/api/v1"_s << true;
    QTest::newRow("localhost") << u"http://localhost:8080/api/v1/"_s
                               << u"http://localhost:8080/api/v1"_s << true;
    QTest::newRow("127/8") << u"http://127.20.30.40/api/v1"_s << u"http://127.20.30.40/api/v1"_s
                           << true;
    QTest::newRow("ipv6 loopback")
        << u"http://[::1]:9000/api/v1"_s << u"http://[::1]:9000/api/v1"_s << true;
    QTest::newRow("http remote") << u"http://api.fentu.io/v1"_s << u"http_not_loopback"_s << false;
    QTest::newRow("http lan") << u"http://192.168.1.20:8080/api/v1"_s << u"http_not_loopback"_s
                              << false;
    QTest::newRow("http 128.0.0.1")
        << u"http://128.0.0.1/api/v1"_s << u"http_not_loopback"_s << false;
    QTest::newRow("localhost lookalike")
        << u"http://localhost.attacker.example/v1"_s << u"http_not_loopback"_s << false;
    QTest::newRow("127 lookalike")
        << u"http://127.0.0.1.nip.io/v1"_s << u"http_not_loopback"_s << false;
    QTest::newRow("ftp") << u"ftp://api.fentu.io/v1"_s << u"unsupported_scheme"_s << false;
    QTest::newRow("ws") << u"ws://127.0.0.1/v1"_s << u"unsupported_scheme"_s << false;
    QTest::newRow("empty") << QString() << u"no_url"_s << false;
    QTest::newRow("no host") << u"https:///v1"_s << u"invalid_url"_s << false;
    QTest::newRow("relative") << u"api.fentu.io/v1"_s << u"invalid_url"_s << false;
    QTest::newRow("user info") << u"https://me:secret@api.fentu.io/v1"_s << u"credentials_in_url"_s
                               << false;
    QTest::newRow("query") << u"https://api.fentu.io/v1?key=x"_s << u"invalid_url"_s << false;
}

void TestApiUnits::baseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, accepted);
    const BaseUrlCheck check = checkBaseUrl(QUrl(input));
    if (accepted) {
        QVERIFY2(!check.error,
                 qPrintable(check.error ? check.error->technicalDetail() : QString()));
        QCOMPARE(check.url.toString(), expected);
    } else {
        QVERIFY(check.error.has_value());
        QCOMPARE(check.error->kind(), ApiError::Kind::InsecureUrl);
        QCOMPARE(check.error->code(), expected);
        QVERIFY(check.url.isEmpty());
        QVERIFY(!check.error->userMessage().isEmpty());
        QVERIFY(!check.error->userMessage().contains(u"secret"_s));
    }
}

void TestApiUnits::loopbackHosts()
{
    QVERIFY(isLoopbackHost(u"localhost"_s));
    QVERIFY(isLoopbackHost(u"LocalHost"_s));
    QVERIFY(isLoopbackHost(u"127.0.0.1"_s));
    QVERIFY(isLoopbackHost(u"127.255.255.254"_s));
    QVERIFY(isLoopbackHost(u"::1"_s));
    QVERIFY(isLoopbackHost(u"::ffff:127.0.0.1"_s));
    QVERIFY(!isLoopbackHost(u"0.0.0.0"_s));
    QVERIFY(!isLoopbackHost(u"::"_s));
    QVERIFY(!isLoopbackHost(u"10.0.0.1"_s));
    QVERIFY(!isLoopbackHost(u"localhost.localdomain"_s));
    QVERIFY(!isLoopbackHost(u"my-localhost"_s));
    QVERIFY(!isLoopbackHost(QString()));
}

void TestApiUnits::queryOmitsEmptyFilters()
{
    WorkOrderQuery query;
    query.page = 3;
    query.perPage = 25;
    const QUrlQuery url = query.toUrlQuery();
    QCOMPARE(url.query(QUrl::FullyEncoded), u"page=3&per_page=25"_s);

    query.status = Status::Unknown; // nothing the server could understand
    QCOMPARE(query.toUrlQuery().query(QUrl::FullyEncoded), u"page=3&per_page=25"_s);
}

void TestApiUnits::queryCarriesEveryFilter()
{
    WorkOrderQuery query;
    query.page = 2;
    query.perPage = 100;
    query.status = Status::InProgress;
    query.customerId = u"cust-001"_s;
    query.technicianId = u"tech-002"_s;
    query.fromDate = QDate(2024, 1, 5);
    query.toDate = QDate(2024, 12, 31);
    const QUrlQuery url = query.toUrlQuery();
    QCOMPARE(url.queryItemValue(u"page"_s), u"2"_s);
    QCOMPARE(url.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(url.queryItemValue(u"status"_s), u"in_progress"_s);
    QCOMPARE(url.queryItemValue(u"customer_id"_s), u"cust-001"_s);
    QCOMPARE(url.queryItemValue(u"technician_id"_s), u"tech-002"_s);
    QCOMPARE(url.queryItemValue(u"from_date"_s), u"2024-01-05"_s);
    QCOMPARE(url.queryItemValue(u"to_date"_s), u"2024-12-31"_s);
    QCOMPARE(url.queryItems().size(), 7);
}

void TestApiUnits::queryEncodesReservedCharacters()
{
    CustomerQuery query;
    query.search = u"Smith & Sons+Co=1 #2 %3 é"_s;
    QUrl url(u"http://127.0.0.1/api/v1/customers"_s);
    url.setQuery(query.toUrlQuery());
    const QString wire = url.query(QUrl::FullyEncoded);
    QVERIFY2(wire.contains(u"search=Smith%20%26%20Sons%2BCo%3D1%20%232%20%253%20%C3%A9"_s),
             qPrintable(wire));
    QCOMPARE(QUrlQuery(url).queryItemValue(u"search"_s, QUrl::FullyDecoded), query.search);
}

void TestApiUnits::errorBodyIsParsed()
{
    const QByteArray body = R"({"error":{"code":"validation_error","message":"Validation failed",
        "details":[{"field":"customer_id","message":"Customer not found"},
                   {"field":"priority","message":"must be one of low, medium, high, urgent"},
                   42, {"nonsense":true}]}})";
    const ApiError error = httpErrorFromBody(422, body, -1);
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 422);
    QCOMPARE(error.code(), u"validation_error"_s);
    QCOMPARE(error.serverMessage(), u"Validation failed"_s);
    const QList<FieldError> expected = {
        {u"customer_id"_s, u"Customer not found"_s},
        {u"priority"_s, u"must be one of low, medium, high, urgent"_s},
    };
    QCOMPARE(error.details(), expected);
    const QString message = error.userMessage();
    QVERIFY(message.startsWith(u"The server refused the changes:"_s));
    QVERIFY(message.contains(u"customer_id: Customer not found"_s));
    QVERIFY(message.contains(u"priority: must be one of"_s));
}

void TestApiUnits::errorBodyThatIsNotJsonStillGivesHttpError()
{
    for (const QByteArray &body :
         {QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>"), QByteArray(),
          QByteArray("\x00\xff garbage", 10), QByteArray(R"({"error":{"code":7,"details":"x"}})"),
          QByteArray(R"([1,2,3])"), QByteArray(R"({"error":"Not found"})")}) {
        const ApiError error = httpErrorFromBody(502, body, -1);
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), 502);
        QVERIFY(error.details().isEmpty());
        QVERIFY(!error.userMessage().contains(u"<html>"_s));
        QVERIFY(error.userMessage().contains(u"HTTP 502"_s));
    }
    QCOMPARE(httpErrorFromBody(404, R"({"error":"Not found"})", -1).serverMessage(),
             u"Not found"_s);
    const QByteArray huge = R"({"error":{"message":")" + QByteArray(100000, 'x') + R"("}})";
    QVERIFY(httpErrorFromBody(500, huge, -1).serverMessage().size() < 1000);
}

void TestApiUnits::retryAfterIsParsed()
{
    const QDateTime now(QDate(2024, 1, 27), QTime(9, 0), Qt::UTC);
    QCOMPARE(parseRetryAfter("1", now), 1);
    QCOMPARE(parseRetryAfter(" 120 ", now), 120);
    QCOMPARE(parseRetryAfter("0", now), 0);
    QCOMPARE(parseRetryAfter("", now), -1);
    QCOMPARE(parseRetryAfter("-3", now), -1);
    QCOMPARE(parseRetryAfter("soon", now), -1);
    QCOMPARE(parseRetryAfter("Sat, 27 Jan 2024 09:00:30 GMT", now), 30);
    QCOMPARE(parseRetryAfter("Sat, 27 Jan 2024 08:00:00 GMT", now), 0); // in the past
}

void TestApiUnits::userMessagesSayWhatHappened()
{
    auto http = [](int status) { return ApiError::http(status, {}, {}, {}); };
    QCOMPARE(http(401).userMessage(), u"The API key was refused. Update it in Settings."_s);
    QVERIFY(http(403).userMessage().contains(u"only read"_s));
    ApiError gone = http(404);
    gone.setSubject(ApiError::Subject::WorkOrder);
    QCOMPARE(gone.userMessage(), u"That work order no longer exists (it may have been deleted)."_s);
    ApiError wrongPath = http(404);
    wrongPath.setSubject(ApiError::Subject::List);
    QVERIFY(wrongPath.userMessage().contains(u"/api/v1"_s));
    QVERIFY(ApiError::http(429, {}, {}, {}, 7).userMessage().contains(u"Try again in 7"_s));
    QVERIFY(http(429).userMessage().contains(u"rate limited"_s));
    ApiError server = http(503);
    server.setAttempts(4);
    QVERIFY(server.userMessage().startsWith(
        u"The server had a problem (HTTP 503). Try again in a moment."_s));
    QVERIFY(server.userMessage().contains(u"4"_s));
    QVERIFY(ApiError::http(400, {}, u"per_page must be 1..100"_s, {})
                .userMessage()
                .contains(u"per_page must be 1..100"_s));

    ApiError refused = ApiError::transport(ApiError::Kind::ConnectionRefused, u"x"_s);
    refused.setEndpoint(u"127.0.0.1:9"_s);
    QCOMPARE(refused.userMessage().left(61),
             u"Cannot reach the server at 127.0.0.1:9: nothing is listening there."_s.left(61));
    ApiError dns = ApiError::transport(ApiError::Kind::HostNotFound, u"x"_s);
    dns.setEndpoint(u"nonexistent.invalid:443"_s);
    QVERIFY(dns.userMessage().contains(u"nonexistent.invalid"_s));
    QCOMPARE(ApiError::transport(ApiError::Kind::Tls, u"x"_s).userMessage(),
             u"The server's identity could not be verified (TLS certificate problem). The "
             "connection was not made."_s);
    QCOMPARE(ApiError::transport(ApiError::Kind::MalformedBody, u"x"_s).userMessage(),
             u"The server sent an answer Fentu Desk cannot read."_s);
    for (auto kind : {ApiError::Kind::Timeout, ApiError::Kind::Cancelled, ApiError::Kind::Network,
                      ApiError::Kind::InsecureUrl}) {
        QVERIFY(!ApiError::transport(kind, u"detail"_s).userMessage().isEmpty());
    }
    QVERIFY(ApiError().userMessage().isEmpty());

    // Without an address, whole sentences of their own (never "the configured address"
    // pasted into the sentence made for an address).
    QCOMPARE(ApiError::transport(ApiError::Kind::ConnectionRefused, u"x"_s).userMessage(),
             u"Cannot reach the server: nothing is listening at the configured address. Check "
             "the server address in Settings, or try again when the server is running."_s);
    for (auto kind : {ApiError::Kind::HostNotFound, ApiError::Kind::Timeout,
                      ApiError::Kind::Network}) {
        const QString text = ApiError::transport(kind, u"x"_s).userMessage();
        QVERIFY2(!text.contains(u" at the configured address:"_s) &&
                     !text.contains(u"server the configured"_s) && !text.contains(u"%1"_s),
                 qPrintable(text));
    }
}

void TestApiUnits::transientKinds()
{
    QVERIFY(ApiError::http(500, {}, {}, {}).isTransient());
    QVERIFY(ApiError::http(503, {}, {}, {}).isTransient());
    QVERIFY(ApiError::http(429, {}, {}, {}).isTransient());
    for (int status : {400, 401, 403, 404, 422})
        QVERIFY(!ApiError::http(status, {}, {}, {}).isTransient());
    QVERIFY(ApiError::transport(ApiError::Kind::Timeout, {}).isTransient());
    QVERIFY(ApiError::transport(ApiError::Kind::Network, {}).isTransient());
    QVERIFY(ApiError::transport(ApiError::Kind::ConnectionRefused, {}).isTransient());
    QVERIFY(ApiError::transport(ApiError::Kind::MalformedBody, {}).isTransient());
    QVERIFY(!ApiError::transport(ApiError::Kind::Tls, {}).isTransient());
    QVERIFY(!ApiError::transport(ApiError::Kind::Cancelled, {}).isTransient());
    QVERIFY(!ApiError::transport(ApiError::Kind::InsecureUrl, {}).isTransient());
}

void TestApiUnits::redactRemovesTheKey()
{
    const QString key = u"demo-key-1234"_s;
    ApiError error = ApiError::http(401, u"bad_token"_s, u"Token demo-key-1234 is invalid"_s,
                                    {{u"authorization"_s, u"Bearer demo-key-1234"_s}});
    error.redact(key);
    QVERIFY(!error.serverMessage().contains(key));
    QVERIFY(!error.technicalDetail().contains(key));
    QVERIFY(!error.details().first().message.contains(key));
    QVERIFY(error.serverMessage().contains(u"[redacted]"_s));
}

QTEST_GUILESS_MAIN(TestApiUnits)
#include "tst_apiunits.moc"
