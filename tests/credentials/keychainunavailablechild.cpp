#include "keychainunavailablechild.h"

#include "secretscan.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using fentu::CredentialResult;
using secretscan::awaitResult;

namespace {
const QUrl urlA(u"https://credentials-a.example.invalid/api/v1"_s);
const QUrl urlB(u"https://credentials-b.example.invalid/api/v1"_s);
} // namespace

void KeychainUnavailableChild::initTestCase()
{
    m_secret = qEnvironmentVariable("FENTU_TEST_SECRET");
    QVERIFY(!m_secret.isEmpty());
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(bus.startsWith(u"unix:path="_s), qPrintable(bus));
    QVERIFY2(!QFileInfo::exists(bus.mid(10)), "the child must have no D-Bus session");
}

void KeychainUnavailableChild::readReportsUnavailable()
{
    const auto r = awaitResult([&](auto done) { m_store.readKey(urlA, this, done); });
    QVERIFY(r);
    QCOMPARE(r->status(), CredentialResult::Status::Unavailable);
    QVERIFY(r->keychainError() != 0);
    QVERIFY(!r->userMessage().isEmpty());
    QVERIFY(r->key().isEmpty());
    qDebug() << "keychain error" << r->keychainError() << r->technicalDetail();
}

void KeychainUnavailableChild::writeReportsUnavailable()
{
    const auto r = awaitResult([&](auto done) { m_store.writeKey(urlA, m_secret, this, done); });
    QVERIFY(r);
    QCOMPARE(r->status(), CredentialResult::Status::Unavailable);
    QVERIFY(!r->userMessage().isEmpty());
    QVERIFY(!r->userMessage().contains(m_secret));
    QVERIFY(!r->technicalDetail().contains(m_secret));
    QVERIFY(!m_store.hasSessionOnlyKey(urlA)); // a failed write does not silently keep it
}

void KeychainUnavailableChild::sessionOnlyKeyIsReturnedFlagged()
{
    m_store.setSessionOnlyKey(urlA, m_secret); // the user agreed in the UI
    QVERIFY(m_store.hasSessionOnlyKey(urlA));
    const auto a = awaitResult([&](auto done) { m_store.readKey(urlA, this, done); });
    QVERIFY(a);
    QCOMPARE(a->status(), CredentialResult::Status::Ok);
    QCOMPARE(a->key(), m_secret);
    QVERIFY(a->isSessionOnly());

    // Another server does not see it.
    const auto b = awaitResult([&](auto done) { m_store.readKey(urlB, this, done); });
    QVERIFY(b);
    QCOMPARE(b->status(), CredentialResult::Status::Unavailable);
}

void KeychainUnavailableChild::removeForgetsSessionOnlyKey()
{
    const auto removed = awaitResult([&](auto done) { m_store.removeKey(urlA, this, done); });
    QVERIFY(removed);
    QVERIFY(!m_store.hasSessionOnlyKey(urlA));
    // The keychain entry (if any) could not be reached, and the result says so.
    QCOMPARE(removed->status(), CredentialResult::Status::Unavailable);
    const auto r = awaitResult([&](auto done) { m_store.readKey(urlA, this, done); });
    QVERIFY(r);
    QCOMPARE(r->status(), CredentialResult::Status::Unavailable);
}
