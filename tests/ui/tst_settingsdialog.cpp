// Settings and first run, offscreen: the key goes to the REAL keychain (scripts/check.sh's
// private Secret Service) and the URL to the settings; "Test connection" against an
// in-process sandbox; no keychain (a child process without D-Bus) offers a session-only key;
// the first run's "Try the local sandbox" starts the real fentu-sandbox and fills the table;
// and the key is nowhere in the files afterwards.

#include "appearanceswitcher.h"
#include "colourscheme.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "settingsflow.h"
#include "testdesk.h"
#include "testsettings.h"

#include "keychainlesschild.h"
#include "secretscan.h"
#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "itemmodels/workordertablemodel.h"
#include "sandboxserver.h"
#include "session/connectionprobe.h"
#include "session/localsandbox.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"

#include "views/viewstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUuid>

#include <memory>

using namespace fentu;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *ChildFlag = "FENTU_TEST_SETTINGS_NO_KEYCHAIN_CHILD";

QString newSecret(const char *label)
{
    return u"fentu-settings-%1-%2"_s.arg(QLatin1StringView(label),
                                         QUuid::createUuid().toString(QUuid::WithoutBraces));
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void setText(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text); // typed, so textEdited fires as for a person
}

QPushButton *saveButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, u"settingsButtons"_s)->button(QDialogButtonBox::Save);
}

QString label(QWidget *dialog, const QString &name)
{
    return child<QLabel>(dialog, name)->text();
}

/// A port nothing listens on: bound, then released.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void useTestSettings()
{
    test::useTestSettings(u"Fentu Desk Settings Test"_s);
}

/// One desk as fentu-desk starts it, with Settings and the first run (a ServerConnection),
/// the table against the API alone (without the cache).
struct Desk : test::TestDesk
{
    Desk() : TestDesk({.services = Services::TableOnly, .serverConnection = true, .size = {}}) {}

    int rows() const
    {
        return child<QTableView>(window.get(), u"workOrderTable"_s)->model()->rowCount();
    }
};

} // namespace

/// Runs in a child process whose D-Bus address leads nowhere: the keychain is unavailable.
class NoKeychainChild : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useTestSettings(); }

    void saveOffersSessionOnlyKey()
    {
        const QString secret = qEnvironmentVariable("FENTU_TEST_SECRET");
        const QUrl url(qEnvironmentVariable("FENTU_TEST_URL"));
        AppSettings settings;
        CredentialStore store;
        SettingsDialog dialog(&settings, &store, QUrl());
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.open();
        setText(&dialog, u"baseUrlEdit"_s, url.toString());
        setText(&dialog, u"apiKeyEdit"_s, secret);
        saveButton(&dialog)->click();
        auto *keep = child<QPushButton>(&dialog, u"keepForSession"_s);
        QTRY_VERIFY_WITH_TIMEOUT(keep->isVisible(), 30000);
        const QString problem = label(&dialog, u"saveStatus"_s);
        QVERIFY2(problem.contains(u"keychain"_s) && problem.contains(u"this session only"_s),
                 qPrintable(problem));
        QVERIFY(!problem.contains(secret));
        QVERIFY(dialog.isVisible()); // it stays open: nothing was saved
        QVERIFY(saved.isEmpty());
        QVERIFY(!store.hasSessionOnlyKey(url));

        keep->click();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toString(), secret);
        QVERIFY(!dialog.isVisible());
        QVERIFY(store.hasSessionOnlyKey(url));
        QCOMPARE(AppSettings().baseUrl(), url);

        // Reopened, it says where the key is.
        SettingsDialog again(&settings, &store, url);
        again.open();
        QTRY_VERIFY(label(&again, u"keyStatus"_s).contains(u"this session only"_s));
        QCOMPARE(child<QLineEdit>(&again, u"apiKeyEdit"_s)->text(), secret);
    }

    void startWithoutKeychainSaysSoAndOffersSettings()
    {
        const QUrl url(qEnvironmentVariable("FENTU_TEST_URL"));
        Desk desk;
        desk.serverConnection()->start(url, QString());
        auto *bar = child<QWidget>(desk.window.get(), u"errorBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 30000);
        const QString message = child<QLabel>(bar, u"errorMessage"_s)->text();
        QVERIFY2(message.contains(u"keychain"_s), qPrintable(message));
        auto *open = child<QPushButton>(bar, u"errorActionButton"_s);
        QVERIFY(open->isVisible());
        open->click();
        QVERIFY(desk.window->findChild<SettingsDialog *>(u"settingsDialog"_s));
        QCOMPARE(desk.rows(), 0);
    }
};

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void saveStoresKeyInKeychainAndUrlInSettings();
    void keyIsHiddenUntilShown();
    void returnInAddressSavesThatServersKey();
    void testUsesTheKeyOfTheAddressShown();
    void testConnectionSucceeds();
    void testConnectionWithWrongKeySaysRefused();
    void testConnectionToClosedPortSaysUnreachable();
    void plainHttpToAnotherComputerIsRefused();
    void noKeychainOffersSessionOnlyKey();
    void settingsActionReconnectsTheWindow();
    void appearanceIsShownAndSaved();
    void boardSettingsAreShownAndSaved();
    void offlineSettingsAreShownAndSaved();
    void savedAppearanceAppliesAtOnce();
    void refusedKeyOffersOpenSettings();
    void environmentKeyWinsOverTheKeychain();
    void firstRunTrySandboxFillsTheTable();
    void firstRunConnectOpensSettings();
    void keyNeverReachesFiles(); // keep last: it checks what all the others left behind
    void cleanupTestCase();

private:
    CredentialResult readBack(const QUrl &url);
    void storeKey(const QUrl &url, const QString &key);
    SettingsDialog *openDialog(AppSettings &settings, CredentialStore &store);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    QStringList m_secrets;
    QString m_childOutput;
};

void TestSettingsDialog::initTestCase()
{
    useTestSettings();
    QVERIFY(m_dir.isValid());
    sandbox::Options options;
    options.orders = 120;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    CredentialStore probe;
    const auto r = secretscan::awaitResult(
        [&](auto done) { probe.removeKey(m_server->baseUrl(), this, done); });
    QVERIFY(r);
    QVERIFY2(r->isOk(), "No usable Secret Service. Run the tests through scripts/check.sh "
                        "(a private D-Bus session with an unlocked gnome-keyring).");
}

void TestSettingsDialog::init()
{
    QSettings(u"Fentu"_s, u"Fentu Desk"_s).clear(); // AppSettings' file, the views' too
    // A server this user has worked with before (no view kept): the table shows every order.
    // The first start with a new server is firstRunTrySandboxFillsTheTable's.
    ViewStore(m_server->baseUrl()).markStarted();
}

void TestSettingsDialog::cleanupTestCase()
{
    CredentialStore store;
    secretscan::awaitResult([&](auto done) { store.removeKey(m_server->baseUrl(), this, done); });
}

CredentialResult TestSettingsDialog::readBack(const QUrl &url)
{
    CredentialStore fresh; // a new store: nothing in memory, only what the keychain holds
    const auto r = secretscan::awaitResult([&](auto done) { fresh.readKey(url, this, done); });
    return r.value_or(CredentialResult::unavailable(-1, u"timeout"_s));
}

void TestSettingsDialog::storeKey(const QUrl &url, const QString &key)
{
    CredentialStore store;
    const auto r =
        secretscan::awaitResult([&](auto done) { store.writeKey(url, key, this, done); });
    QVERIFY(r && r->isOk());
}

SettingsDialog *TestSettingsDialog::openDialog(AppSettings &settings, CredentialStore &store)
{
    auto *dialog = new SettingsDialog(&settings, &store, QUrl());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TestSettingsDialog::saveStoresKeyInKeychainAndUrlInSettings()
{
    const QString secret = newSecret("save");
    m_secrets << secret;
    AppSettings settings;
    CredentialStore store;
    QPointer<SettingsDialog> dialog = openDialog(settings, store);
    QCOMPARE(dialog->objectName(), u"settingsDialog"_s);
    QVERIFY(label(dialog, u"keyStatus"_s).contains(u"No API key"_s));
    QSignalSpy saved(dialog.data(), &SettingsDialog::saved);
    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString() + u"/"_s);
    setText(dialog, u"apiKeyEdit"_s, secret);
    child<QSpinBox>(dialog, u"pageSizeSpin"_s)->setValue(50);
    saveButton(dialog)->click();
    // Saving is asynchronous: the dialog says so and waits for the keychain.
    QCOMPARE(label(dialog, u"saveStatus"_s), u"Saving…"_s);
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(saved.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
    QTRY_VERIFY(!dialog); // closed and deleted

    QCOMPARE(saved.first().at(0).toUrl(), m_server->baseUrl()); // normalised: no slash
    QCOMPARE(saved.first().at(1).toString(), secret);
    const CredentialResult stored = readBack(m_server->baseUrl());
    QCOMPARE(stored.status(), CredentialResult::Status::Ok);
    QCOMPARE(stored.key(), secret);
    QVERIFY(!stored.isSessionOnly());
    AppSettings reread;
    QCOMPARE(reread.baseUrl(), m_server->baseUrl());
    QCOMPARE(reread.pageSize(), 50);

    // Opened again, it shows where the key is (and the key, hidden).
    QPointer<SettingsDialog> again = openDialog(reread, store);
    QTRY_COMPARE(label(again, u"keyStatus"_s), u"Stored in the system keychain."_s);
    QCOMPARE(child<QLineEdit>(again, u"apiKeyEdit"_s)->text(), secret);
    QCOMPARE(child<QLineEdit>(again, u"baseUrlEdit"_s)->text(), m_server->baseUrl().toString());
    delete again;
}

void TestSettingsDialog::keyIsHiddenUntilShown()
{
    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, QUrl());
    dialog.open();
    auto *key = child<QLineEdit>(&dialog, u"apiKeyEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    auto *show = child<QAbstractButton>(&dialog, u"showKeyButton"_s);
    show->click();
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

// Issue 10, fault 3: Return in the address field ends its editing (which reads the new
// server's key from the keychain, asynchronously) and presses Save, the default button. Save
// must store the key that belongs to the address shown, never the previous server's under it.
void TestSettingsDialog::returnInAddressSavesThatServersKey()
{
    const QUrl staging(u"http://127.0.0.1:%1/staging/api/v1"_s.arg(closedPort()));
    const QUrl production(u"http://localhost:%1/production/api/v1"_s.arg(closedPort()));
    const QString stagingKey = newSecret("staging");
    const QString productionKey = newSecret("production");
    m_secrets << stagingKey << productionKey;
    storeKey(staging, stagingKey);
    storeKey(production, productionKey);

    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, staging);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.open();
    auto *key = child<QLineEdit>(&dialog, u"apiKeyEdit"_s);
    QTRY_COMPARE(key->text(), stagingKey);

    auto *address = child<QLineEdit>(&dialog, u"baseUrlEdit"_s);
    address->setFocus();
    setText(&dialog, u"baseUrlEdit"_s, production.toString());
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(0).toUrl(), production);
    QCOMPARE(saved.first().at(1).toString(), productionKey);
    QVERIFY(!dialog.isVisible());

    // The keychain still holds each server's own key.
    QCOMPARE(readBack(production).key(), productionKey);
    QCOMPARE(readBack(staging).key(), stagingKey);
    CredentialStore cleanup;
    for (const QUrl &url : {staging, production})
        secretscan::awaitResult([&](auto done) { cleanup.removeKey(url, this, done); });
}

// Issue 10, fault 3: Test Connection right after another address was typed tests that
// server with its own key (a second sandbox that knows only its own key says which it got).
void TestSettingsDialog::testUsesTheKeyOfTheAddressShown()
{
    sandbox::Options options;
    options.orders = 7;
    options.key = newSecret("second-server");
    sandbox::SandboxServer second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    m_secrets << options.key;
    const QString firstKey = newSecret("first-server");
    m_secrets << firstKey;
    const QUrl firstUrl(u"http://localhost:%1/api/v1"_s.arg(closedPort()));
    storeKey(firstUrl, firstKey);
    storeKey(second.baseUrl(), options.key);

    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, firstUrl);
    dialog.open();
    QTRY_COMPARE(child<QLineEdit>(&dialog, u"apiKeyEdit"_s)->text(), firstKey);
    setText(&dialog, u"baseUrlEdit"_s, second.baseUrl().toString());
    auto *test = child<QPushButton>(&dialog, u"testConnection"_s);
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(label(&dialog, u"testResult"_s).contains(u"7 work order"_s), 10000);
    QVERIFY(test->isEnabled());
    QVERIFY(settings.baseUrl().isEmpty()); // testing saves nothing

    CredentialStore cleanup;
    for (const QUrl &url : {firstUrl, second.baseUrl()})
        secretscan::awaitResult([&](auto done) { cleanup.removeKey(url, this, done); });
}

void TestSettingsDialog::testConnectionSucceeds()
{
    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, QUrl());
    dialog.open();
    setText(&dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(&dialog, u"apiKeyEdit"_s, m_server->options().key);
    auto *test = child<QPushButton>(&dialog, u"testConnection"_s);
    const int before = m_server->requestCount();
    test->click();
    QVERIFY(!test->isEnabled()); // one test at a time, and the window is not blocked meanwhile
    QVERIFY(label(&dialog, u"testResult"_s).startsWith(u"Testing"_s));
    QTRY_VERIFY(test->isEnabled());
    const QString result = label(&dialog, u"testResult"_s);
    QVERIFY2(result.contains(u"Connected"_s) && result.contains(u"120 work order"_s),
             qPrintable(result));
    QCOMPARE(m_server->requestCount(), before + 1); // a real request
    QVERIFY(settings.baseUrl().isEmpty());          // testing saves nothing
}

void TestSettingsDialog::testConnectionWithWrongKeySaysRefused()
{
    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, QUrl());
    dialog.open();
    setText(&dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(&dialog, u"apiKeyEdit"_s, u"wrong-key-4711"_s);
    auto *test = child<QPushButton>(&dialog, u"testConnection"_s);
    test->click();
    QTRY_VERIFY(test->isEnabled());
    const QString result = label(&dialog, u"testResult"_s);
    QVERIFY2(result.contains(u"refused this API key"_s), qPrintable(result));
    QVERIFY(!result.contains(u"wrong-key-4711"_s));
}

void TestSettingsDialog::testConnectionToClosedPortSaysUnreachable()
{
    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, QUrl());
    dialog.open();
    const quint16 port = closedPort();
    setText(&dialog, u"baseUrlEdit"_s, u"http://127.0.0.1:%1/api/v1"_s.arg(port));
    setText(&dialog, u"apiKeyEdit"_s, m_server->options().key);
    auto *test = child<QPushButton>(&dialog, u"testConnection"_s);
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
    const QString result = label(&dialog, u"testResult"_s);
    QVERIFY2(result.contains(u"Cannot reach"_s) && result.contains(QString::number(port)),
             qPrintable(result));

    // Something that answers, but not as the API: the sandbox without its /api/v1 path.
    QUrl wrongPath = m_server->baseUrl();
    wrongPath.setPath(u"/nothing-here"_s);
    setText(&dialog, u"baseUrlEdit"_s, wrongPath.toString());
    test->click();
    QTRY_VERIFY(test->isEnabled());
    const QString notFentu = label(&dialog, u"testResult"_s);
    QVERIFY2(notFentu.contains(u"not as a Fentu server"_s), qPrintable(notFentu));
}

void TestSettingsDialog::plainHttpToAnotherComputerIsRefused()
{
    AppSettings settings;
    CredentialStore store;
    SettingsDialog dialog(&settings, &store, QUrl());
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.open();
    setText(&dialog, u"baseUrlEdit"_s, u"http://fentu.example.com/api/v1"_s);
    setText(&dialog, u"apiKeyEdit"_s, u"some-key-123"_s);
    saveButton(&dialog)->click();
    const QString problem = label(&dialog, u"saveStatus"_s);
    QVERIFY2(problem.contains(u"https://"_s) && problem.contains(u"this computer"_s),
             qPrintable(problem));
    QVERIFY(dialog.isVisible());
    QVERIFY(saved.isEmpty());
    QVERIFY(settings.baseUrl().isEmpty());

    const int before = m_server->requestCount();
    child<QPushButton>(&dialog, u"testConnection"_s)->click();
    QVERIFY(label(&dialog, u"testResult"_s).contains(u"https://"_s));
    QCOMPARE(m_server->requestCount(), before);

    // Without a scheme, https is assumed.
    setText(&dialog, u"baseUrlEdit"_s, u"fentu.example.com/api/v1"_s);
    setText(&dialog, u"apiKeyEdit"_s, QString());
    saveButton(&dialog)->click();
    QVERIFY2(label(&dialog, u"saveStatus"_s).contains(u"Enter the API key"_s),
             qPrintable(label(&dialog, u"saveStatus"_s)));
}

void TestSettingsDialog::noKeychainOffersSessionOnlyKey()
{
    const QString secret = newSecret("session");
    m_secrets << secret;
    const test::ChildRun childRun =
        test::runWithoutKeychain({{QString::fromLatin1(ChildFlag), u"1"_s},
                                  {u"FENTU_TEST_SECRET"_s, secret},
                                  {u"FENTU_TEST_URL"_s, m_server->baseUrl().toString()},
                                  {u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
    QVERIFY(childRun.finished);
    m_childOutput = childRun.output;
    QVERIFY2(childRun.succeeded, qPrintable(m_childOutput));
    QVERIFY2(m_childOutput.contains(u"Totals: 4 passed, 0 failed"_s), qPrintable(m_childOutput));
}

void TestSettingsDialog::settingsActionReconnectsTheWindow()
{
    const QString secret = newSecret("action");
    m_secrets << secret;
    Desk desk;
    desk.serverConnection()->start(QUrl(), QString()); // nothing configured
    QTRY_VERIFY(desk.window->findChild<FirstRunDialog *>(u"firstRunDialog"_s));
    delete desk.window->findChild<FirstRunDialog *>(u"firstRunDialog"_s);

    auto *action = child<QAction>(desk.window.get(), u"actionSettings"_s);
    QVERIFY(action->isEnabled() && action->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    QPointer<SettingsDialog> dialog = desk.window->findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(dialog, u"apiKeyEdit"_s, m_server->options().key);
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QTRY_COMPARE(desk.rows(), 100);
    QCOMPARE(desk.client().baseUrl(), m_server->baseUrl());
    QVERIFY(!child<QWidget>(desk.window.get(), u"errorBar"_s)->isVisible());

    // A new start finds URL and key where Settings put them, reading the keychain first.
    Desk next;
    QSignalSpy connecting(next.serverConnection(), &ServerConnection::connecting);
    next.serverConnection()->start(next.services->settings().baseUrl(), QString());
    QCOMPARE(connecting.size(), 1);
    QVERIFY(
        child<QLabel>(next.window.get(), u"connectionLabel"_s)->text().contains(u"Connecting"_s));
    QTRY_COMPARE(next.rows(), 100);
    QVERIFY(!next.window->findChild<FirstRunDialog *>());
}

void TestSettingsDialog::appearanceIsShownAndSaved()
{
    const QString secret = newSecret("appearance");
    m_secrets << secret;
    AppSettings settings;
    QCOMPARE(settings.appearance(), Appearance::System); // the default
    settings.setAppearance(Appearance::Dark);
    CredentialStore store;
    QPointer<SettingsDialog> dialog = openDialog(settings, store);
    auto *combo = child<QComboBox>(dialog, u"appearanceCombo"_s);
    QCOMPARE(combo->currentText(), u"Dark"_s);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->accessibleName(), u"Appearance"_s);
    // Reached with Tab from the page size, and changed with the arrow keys.
    auto *pageSize = child<QSpinBox>(dialog, u"pageSizeSpin"_s);
    QWidget *next = pageSize->nextInFocusChain();
    while (next && next != combo &&
           (pageSize->isAncestorOf(next) || next->focusPolicy() == Qt::NoFocus))
        next = next->nextInFocusChain();
    QCOMPARE(next, combo);
    QVERIFY(combo->focusPolicy() & Qt::TabFocus);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), u"Light"_s);

    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(dialog, u"apiKeyEdit"_s, secret);
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QCOMPARE(AppSettings().appearance(), Appearance::Light);

    // Cancel keeps what was stored.
    QPointer<SettingsDialog> again = openDialog(settings, store);
    auto *shown = child<QComboBox>(again, u"appearanceCombo"_s);
    QCOMPARE(shown->currentText(), u"Light"_s);
    shown->setCurrentIndex(shown->findText(u"System"_s));
    again->reject();
    QTRY_VERIFY(!again);
    QCOMPARE(AppSettings().appearance(), Appearance::Light);
    settings.setAppearance(Appearance::System);
}

// Settings ▸ Offline: which details a sync keeps, and how long it waits for a busy server.
void TestSettingsDialog::offlineSettingsAreShownAndSaved()
{
    const QString secret = newSecret("offline");
    m_secrets << secret;
    AppSettings settings;
    DetailScope scope;
    scope.mode = DetailScope::Mode::Window;
    scope.daysBack = 7;
    settings.setDetailScope(scope);
    settings.setRateLimitWaitMinutes(12);
    CredentialStore store;
    QPointer<SettingsDialog> dialog = openDialog(settings, store);
    auto *wait = child<QSpinBox>(dialog, u"rateLimitWait"_s);
    auto *back = child<QSpinBox>(dialog, u"detailDaysBack"_s);
    QCOMPARE(wait->value(), 12);
    QCOMPARE(back->value(), 7);
    QCOMPARE(wait->minimum(), AppSettings::MinRateLimitWaitMinutes);
    QCOMPARE(wait->maximum(), AppSettings::MaxRateLimitWaitMinutes);
    wait->setValue(30);
    back->setValue(14);
    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(dialog, u"apiKeyEdit"_s, secret);
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QCOMPARE(AppSettings().rateLimitWaitMinutes(), 30);
    QCOMPARE(AppSettings().detailScope().daysBack, 14);
    settings.setDetailScope({});
    settings.setRateLimitWaitMinutes(AppSettings::DefaultRateLimitWaitMinutes);
}

void TestSettingsDialog::boardSettingsAreShownAndSaved()
{
    const QString secret = newSecret("board");
    m_secrets << secret;
    AppSettings settings;
    BoardPreferences stored;
    stored.boardShown = true; // not a field of the dialog: kept as it is
    stored.snapMinutes = 10;
    settings.setBoardPreferences(stored);
    CredentialStore store;
    QPointer<SettingsDialog> dialog = openDialog(settings, store);
    auto *start = child<QTimeEdit>(dialog, u"workStartEdit"_s);
    auto *end = child<QTimeEdit>(dialog, u"workEndEdit"_s);
    auto *snap = child<QSpinBox>(dialog, u"snapSpin"_s);
    auto *refresh = child<QSpinBox>(dialog, u"refreshSpin"_s);
    auto *length = child<QSpinBox>(dialog, u"defaultLengthSpin"_s);
    QCOMPARE(start->time(), QTime(7, 0));
    QCOMPARE(end->time(), QTime(19, 0));
    QCOMPARE(snap->value(), 10);
    QCOMPARE(refresh->value(), 60);
    QCOMPARE(length->value(), 60);
    QCOMPARE(refresh->specialValueText(), u"Never"_s); // 0 reads as a word
    // The end cannot go before the start: a reversed day is never stored.
    start->setTime(QTime(8, 0));
    end->setTime(QTime(7, 0));
    QVERIFY(end->time() > start->time());

    start->setTime(QTime(6, 0));
    end->setTime(QTime(20, 30));
    snap->setValue(30);
    refresh->setValue(0);
    length->setValue(45);
    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(dialog, u"apiKeyEdit"_s, secret);
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    const BoardPreferences saved = AppSettings().boardPreferences();
    QCOMPARE(saved.workStart, QTime(6, 0));
    QCOMPARE(saved.workEnd, QTime(20, 30));
    QCOMPARE(saved.snapMinutes, 30);
    QCOMPARE(saved.refreshSeconds, 0);
    QCOMPARE(saved.defaultDurationMinutes, 45);
    QVERIFY(saved.boardShown);
    settings.setBoardPreferences({});
}

void TestSettingsDialog::savedAppearanceAppliesAtOnce()
{
    Desk desk;
    AppearanceSwitcher switcher;
    const QPalette system = QApplication::palette();
    // The window as fentu-desk composes it: with the switcher made in main().
    MainWindowServices services = desk.windowServices();
    services.appearance = &switcher;
    MainWindow window(services);
    window.show();
    child<QAction>(&window, u"actionSettings"_s)->trigger();
    QPointer<SettingsDialog> dialog = window.findChild<SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    setText(dialog, u"baseUrlEdit"_s, m_server->baseUrl().toString());
    setText(dialog, u"apiKeyEdit"_s, m_server->options().key);
    auto *combo = child<QComboBox>(dialog, u"appearanceCombo"_s);
    combo->setCurrentIndex(combo->findText(u"Dark"_s));
    saveButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QCOMPARE(switcher.current(), Appearance::Dark);
    QCOMPARE(colourSchemeOf(QApplication::palette()), ColourScheme::Dark);
    QTRY_COMPARE(colourSchemeOf(window.palette()), ColourScheme::Dark); // told by the event loop

    switcher.apply(Appearance::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    AppSettings().setAppearance(Appearance::System);
}

void TestSettingsDialog::refusedKeyOffersOpenSettings()
{
    Desk desk;
    desk.serverConnection()->connectTo(m_server->baseUrl(), u"refused-key-99"_s);
    auto *bar = child<QWidget>(desk.window.get(), u"errorBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(child<QLabel>(bar, u"errorMessage"_s)->text().contains(u"Settings"_s));
    auto *open = child<QPushButton>(bar, u"errorActionButton"_s);
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), u"Open Settings"_s);
    open->click();
    QVERIFY(desk.window->findChild<SettingsDialog *>(u"settingsDialog"_s));
}

void TestSettingsDialog::environmentKeyWinsOverTheKeychain()
{
    // A stale key in the keychain; FENTU_API_KEY (the override) is the right one.
    const QString stale = newSecret("stale");
    m_secrets << stale;
    CredentialStore store;
    const auto w = secretscan::awaitResult(
        [&](auto done) { store.writeKey(m_server->baseUrl(), stale, this, done); });
    QVERIFY(w && w->isOk());
    Desk desk;
    QSignalSpy connecting(desk.serverConnection(), &ServerConnection::connecting);
    desk.serverConnection()->start(m_server->baseUrl(), m_server->options().key);
    QTRY_COMPARE(desk.rows(), 100);
    QVERIFY(connecting.isEmpty()); // the keychain was not even asked
    QVERIFY(!child<QWidget>(desk.window.get(), u"errorBar"_s)->isVisible());

    // Without the override the keychain's key is used, and refused here.
    Desk other;
    other.serverConnection()->start(m_server->baseUrl(), QString());
    QTRY_VERIFY(child<QWidget>(other.window.get(), u"errorBar"_s)->isVisible());
    QCOMPARE(other.model().lastError().httpStatus(), 401);
}

void TestSettingsDialog::firstRunTrySandboxFillsTheTable()
{
    Desk desk;
    auto *flow = desk.window->findChild<SettingsFlow *>();
    QVERIFY(flow);
    flow->localSandbox()->setProgram(QStringLiteral(FENTU_SANDBOX_EXECUTABLE));
    flow->localSandbox()->setDatabasePath(m_dir.filePath(u"sandbox/demo.sqlite"_s));
    desk.serverConnection()->start(QUrl(), QString());
    QPointer<FirstRunDialog> dialog = desk.window->findChild<FirstRunDialog *>(u"firstRunDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(desk.window.get(), u"errorMessage"_s)->text().contains(u"Settings"_s));
    child<QPushButton>(dialog, u"trySandbox"_s)->click();
    QVERIFY(child<QLabel>(dialog, u"firstRunStatus"_s)->text().contains(u"Starting"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    // A first start: the built-in view "Today and upcoming" on the demo data around today.
    QTRY_VERIFY_WITH_TIMEOUT(desk.rows() > 10, 20000);
    QCOMPARE(desk.model().filter().fromDate, QDate::currentDate());
    QVERIFY(desk.model().filter().hideClosed);
    QVERIFY(flow->localSandbox()->isRunning());
    const QUrl url = flow->localSandbox()->baseUrl();
    QCOMPARE(desk.client().baseUrl(), url);
    QVERIFY(desk.services->credentials().hasSessionOnlyKey(url)); // not in the keychain
    QVERIFY(desk.services->settings().baseUrl().isEmpty());       // nor the sandbox's passing port stored
    // Only its port is remembered: the next run asks for it again, to keep the offline copy.
    QCOMPARE(desk.services->settings().sandboxPort(), quint16(url.port()));

    desk.window.reset(); // as when the app quits: the sandbox stops with the window
    {
        Desk next;
        auto *nextFlow = next.window->findChild<SettingsFlow *>();
        QVERIFY(nextFlow);
        QCOMPARE(nextFlow->localSandbox()->preferredPort(), quint16(url.port()));
    }
    ConnectionProbe probe;
    QSignalSpy probed(&probe, &ConnectionProbe::finished);
    probe.start(url, u"demo-key"_s);
    QVERIFY(probed.wait(20000));
    QCOMPARE(probed.first().at(0).value<ConnectionProbe::Outcome>(),
             ConnectionProbe::Outcome::Unreachable);
}

void TestSettingsDialog::firstRunConnectOpensSettings()
{
    LocalSandbox sandbox;
    sandbox.setProgram(m_dir.filePath(u"missing-sandbox"_s));
    FirstRunDialog dialog(&sandbox);
    QSignalSpy connectRequested(&dialog, &FirstRunDialog::connectToServerRequested);
    dialog.open();
    child<QPushButton>(&dialog, u"trySandbox"_s)->click();
    auto *status = child<QLabel>(&dialog, u"firstRunStatus"_s);
    QTRY_VERIFY(status->text().contains(u"not installed"_s));
    QVERIFY(dialog.isVisible()); // the user can still choose the other way
    auto *connectButton = child<QPushButton>(&dialog, u"connectToServer"_s);
    QVERIFY(connectButton->isEnabled());
    connectButton->click();
    QCOMPARE(connectRequested.size(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestSettingsDialog::keyNeverReachesFiles()
{
    AppSettings settings;
    settings.setBaseUrl(m_server->baseUrl());
    settings.sync();
    const QStringList dirs{
        QFileInfo(settings.fileName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
    };
    QVERIFY(!m_secrets.isEmpty());
    const auto scan = secretscan::scanDirs(dirs, m_secrets);
    QVERIFY(scan.filesScanned > 0);
    QVERIFY2(scan.filesWithSecret.isEmpty(), qPrintable(scan.filesWithSecret.join(u", "_s)));
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!m_childOutput.contains(secret), "the child's output shows the key");
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildFlag)) {
        NoKeychainChild childTest;
        return QTest::qExec(&childTest, argc, argv);
    }
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"
