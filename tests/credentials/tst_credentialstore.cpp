#include "credentials/apikeyfromenvironment.h"
#include "credentials/credentialstore.h"
#include "keychainlesschild.h"
#include "keychainunavailablechild.h"
#include "secretscan.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using fentu::CredentialResult;
using fentu::CredentialStore;
using secretscan::awaitResult;
using Status = CredentialResult::Status;

namespace {

const QUrl urlA(u"https://credentials-a.example.invalid/api/v1"_s);
const QUrl urlB(u"https://credentials-b.example.invalid/api/v1"_s);

// Everything logged in this process, so the last test can look for the keys in it.
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

QString newSecret(const char *label)
{
    return u"fentu-test-%1-%2"_s.arg(QLatin1StringView(label),
                                     QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace

/// CredentialStore against the real Secret Service that scripts/check.sh starts.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void keychainKeyIsNormalised_data();
    void keychainKeyIsNormalised();
    void invalidBaseUrlIsRefused();
    void writeThenReadReturnsTheKey();
    void entryIsInTheSecretService();
    void serversAreIndependent();
    void overwriteReplacesTheKey();
    void removeLeavesNoKey();
    void writingAnEmptyKeyRemovesTheEntry();
    void sessionOnlyKeyGivesWayToAKeychainWrite();
    void callbackSkippedWhenContextIsGone();
    void unavailableKeychainOffersSessionOnlyKey();
    void apiKeyFromEnvironment();
    void keyNeverReachesFilesOrLogs(); // keep last: it checks what all the others left behind

private:
    std::optional<CredentialResult> read(const QUrl &url)
    {
        return awaitResult([&](auto done) { m_store.readKey(url, this, done); });
    }
    std::optional<CredentialResult> write(const QUrl &url, const QString &key)
    {
        return awaitResult([&](auto done) { m_store.writeKey(url, key, this, done); });
    }
    std::optional<CredentialResult> remove(const QUrl &url)
    {
        return awaitResult([&](auto done) { m_store.removeKey(url, this, done); });
    }

    CredentialStore m_store;
    QStringList m_secrets; // every key any test used, for the final scan
    QString m_keyA, m_keyA2, m_keyB, m_sessionKey, m_childKey;
    QString m_childOutput;
};

void TestCredentialStore::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"fentu.credentials.debug=true"_s);
    m_keyA = newSecret("a");
    m_keyA2 = newSecret("a2");
    m_keyB = newSecret("b");
    m_sessionKey = newSecret("session");
    m_childKey = newSecret("child");
    m_secrets = {m_keyA, m_keyA2, m_keyB, m_sessionKey, m_childKey};

    const auto probe = remove(urlA); // also clears a leftover of an aborted run
    QVERIFY(probe);
    QVERIFY2(probe->isOk(), "No usable Secret Service. Run the tests through scripts/check.sh "
                            "(a private D-Bus session with an unlocked gnome-keyring).");
    QVERIFY(remove(urlB));
}

void TestCredentialStore::cleanupTestCase()
{
    remove(urlA);
    remove(urlB);
}

void TestCredentialStore::keychainKeyIsNormalised_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QUrl(u"https://api.fentu.io/v1"_s)
                           << u"https://api.fentu.io:443/v1"_s;
    QTest::newRow("case, slash") << QUrl(u"HTTPS://API.Fentu.IO/v1/"_s)
                                 << u"https://api.fentu.io:443/v1"_s;
    QTest::newRow("explicit port")
        << QUrl(u"https://api.fentu.io:443/v1"_s) << u"https://api.fentu.io:443/v1"_s;
    QTest::newRow("loopback") << QUrl(u"http://127.0.0.1:8080/api/v1//"_s)
                              << u"http://127.0.0.1:8080/api/v1"_s;
    QTest::newRow("http default port")
        << QUrl(u"http://localhost/api/v1"_s) << u"http://localhost:80/api/v1"_s;
    QTest::newRow("no path") << QUrl(u"https://api.fentu.io/"_s) << u"https://api.fentu.io:443"_s;
    QTest::newRow("dot segments") << QUrl(u"https://api.fentu.io/x/../v1"_s)
                                  << u"https://api.fentu.io:443/v1"_s;
    QTest::newRow("user info, query, fragment")
        << QUrl(u"https://ann:pw@api.fentu.io/v1?x=1#top"_s) << u"https://api.fentu.io:443/v1"_s;
    QTest::newRow("ipv6") << QUrl(u"http://[::1]:9000/api/v1"_s) << u"http://[::1]:9000/api/v1"_s;
    QTest::newRow("no host") << QUrl(u"file:///tmp/x"_s) << QString();
    QTest::newRow("empty") << QUrl() << QString();
}

void TestCredentialStore::keychainKeyIsNormalised()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(CredentialStore::keychainKeyFor(url), expected);
}

void TestCredentialStore::invalidBaseUrlIsRefused()
{
    const auto r = write(QUrl(u"not a url"_s), m_keyA);
    QVERIFY(r);
    QCOMPARE(r->status(), Status::InvalidBaseUrl);
    QVERIFY(!r->userMessage().isEmpty());
}

void TestCredentialStore::writeThenReadReturnsTheKey()
{
    bool called = false;
    m_store.writeKey(urlA, m_keyA, this, [&](const CredentialResult &) { called = true; });
    QVERIFY2(!called, "the callback must never run inside writeKey()");
    QTRY_VERIFY_WITH_TIMEOUT(called, 20000);

    const auto r = read(urlA);
    QVERIFY(r);
    QCOMPARE(r->status(), Status::Ok);
    QCOMPARE(r->key(), m_keyA);
    QVERIFY(!r->isSessionOnly());
    QVERIFY(r->userMessage().isEmpty());

    // Another spelling of the same server finds the same entry.
    const auto same = read(QUrl(u"HTTPS://Credentials-A.example.invalid:443/api/v1/"_s));
    QVERIFY(same);
    QCOMPARE(same->key(), m_keyA);
}

void TestCredentialStore::entryIsInTheSecretService()
{
    // Asked with another client, so the round trip above cannot be an in-process illusion.
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    QProcess lookup;
    lookup.start(secretTool, {u"lookup"_s, u"server"_s, CredentialStore::serviceName(), u"user"_s,
                              CredentialStore::keychainKeyFor(urlA)});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), m_keyA);
}

void TestCredentialStore::serversAreIndependent()
{
    const auto w = write(urlB, m_keyB);
    QVERIFY(w);
    QCOMPARE(w->status(), Status::Ok);
    const auto a = read(urlA);
    const auto b = read(urlB);
    QVERIFY(a && b);
    QCOMPARE(a->key(), m_keyA);
    QCOMPARE(b->key(), m_keyB);
}

void TestCredentialStore::overwriteReplacesTheKey()
{
    const auto w = write(urlA, m_keyA2);
    QVERIFY(w);
    QCOMPARE(w->status(), Status::Ok);
    const auto a = read(urlA);
    const auto b = read(urlB);
    QVERIFY(a && b);
    QCOMPARE(a->key(), m_keyA2);
    QCOMPARE(b->key(), m_keyB);
}

void TestCredentialStore::removeLeavesNoKey()
{
    const auto removed = remove(urlA);
    QVERIFY(removed);
    QCOMPARE(removed->status(), Status::Ok);
    const auto a = read(urlA);
    QVERIFY(a);
    QCOMPARE(a->status(), Status::NoKeyStored);
    QVERIFY(a->key().isEmpty());
    QVERIFY(!a->userMessage().isEmpty());
    const auto b = read(urlB);
    QVERIFY(b);
    QCOMPARE(b->key(), m_keyB);

    const auto again = remove(urlA); // nothing there: still fine
    QVERIFY(again);
    QCOMPARE(again->status(), Status::Ok);
}

void TestCredentialStore::writingAnEmptyKeyRemovesTheEntry()
{
    const auto w = write(urlB, QString());
    QVERIFY(w);
    QCOMPARE(w->status(), Status::Ok);
    const auto b = read(urlB);
    QVERIFY(b);
    QCOMPARE(b->status(), Status::NoKeyStored);
}

void TestCredentialStore::sessionOnlyKeyGivesWayToAKeychainWrite()
{
    m_store.setSessionOnlyKey(urlA, m_sessionKey);
    const auto s = read(urlA);
    QVERIFY(s);
    QCOMPARE(s->key(), m_sessionKey);
    QVERIFY(s->isSessionOnly());

    const auto w = write(urlA, m_keyA);
    QVERIFY(w);
    QCOMPARE(w->status(), Status::Ok);
    QVERIFY(!m_store.hasSessionOnlyKey(urlA));
    const auto r = read(urlA);
    QVERIFY(r);
    QCOMPARE(r->key(), m_keyA);
    QVERIFY(!r->isSessionOnly());
}

void TestCredentialStore::callbackSkippedWhenContextIsGone()
{
    bool lateCalled = false;
    auto context = std::make_unique<QObject>();
    m_store.readKey(urlA, context.get(), [&](const CredentialResult &) { lateCalled = true; });
    context.reset();
    // QtKeychain runs jobs one after another and results are delivered in order, so once a
    // later read has answered, the first one has had its chance to call back.
    QVERIFY(read(urlB));
    QVERIFY(!lateCalled);
}

void TestCredentialStore::unavailableKeychainOffersSessionOnlyKey()
{
    const fentu::test::ChildRun child = fentu::test::runWithoutKeychain(
        {{QString::fromLatin1(KeychainUnavailableChild::EnvFlag), u"1"_s},
         {u"FENTU_TEST_SECRET"_s, m_childKey},
         {u"QT_LOGGING_RULES"_s, u"fentu.credentials.debug=true"_s}});
    QVERIFY(child.finished);
    m_childOutput = child.output;
    QVERIFY2(child.succeeded, qPrintable(m_childOutput));
    const auto totals =
        QRegularExpression(u"Totals: (\\d+) passed, 0 failed, 0 skipped"_s).match(m_childOutput);
    QVERIFY2(totals.hasMatch(), qPrintable(m_childOutput));
    QCOMPARE(totals.captured(1).toInt(), 6); // init, 4 cases, cleanup
}

void TestCredentialStore::apiKeyFromEnvironment()
{
    qputenv("FENTU_API_KEY", " env-key-123\n");
    QCOMPARE(fentu::apiKeyFromEnvironment(), std::optional<QString>(u"env-key-123"_s));
    qputenv("FENTU_API_KEY", "  ");
    QCOMPARE(fentu::apiKeyFromEnvironment(), std::nullopt);
    qunsetenv("FENTU_API_KEY");
    QCOMPARE(fentu::apiKeyFromEnvironment(), std::nullopt);
}

void TestCredentialStore::keyNeverReachesFilesOrLogs()
{
    // What the app writes next to the key: the settings file must exist and be scanned.
    fentu::AppSettings settings;
    settings.setBaseUrl(urlA);
    settings.setWorkOffline(false);
    settings.sync();

    const QString home = QDir::homePath();
    const QStringList dirs{
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        home + u"/.config"_s,
        home + u"/.local"_s,
        home + u"/.cache"_s,
    };
    const auto scan = secretscan::scanDirs(dirs, m_secrets);
    QVERIFY2(scan.filesWithSecret.isEmpty(), qPrintable(scan.filesWithSecret.join(u", "_s)));
    QVERIFY(scan.filesScanned > 0);
    QFile settingsFile(settings.fileName());
    QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains("credentials-a.example.invalid")); // the scan saw real data
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY(!secretscan::contains(settingsText, secret));

    // The logs recorded the operations, but none of the keys.
    const QString log = capturedLog.join(u'\n');
    QVERIFY2(log.contains(u"write ok"_s) && log.contains(u"read ok"_s), qPrintable(log));
    QVERIFY2(m_childOutput.contains(u"keychain error"_s), qPrintable(m_childOutput));
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret), qPrintable(secret));
        QVERIFY2(!m_childOutput.contains(secret), qPrintable(secret));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(KeychainUnavailableChild::EnvFlag)) {
        KeychainUnavailableChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
