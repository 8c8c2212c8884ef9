#include "settingsdialog.h"

#include "boardsettingsgroup.h"
#include "offlinesettingsgroup.h"

#include "colourscheme.h"
#include "markcolours.h"
#include "servertext.h"

#include "api/baseurl.h"
#include "credentials/credentialstore.h"
#include "session/connectionprobe.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

constexpr int MinPageSize = 25; // fewer rows per page only costs round trips

QLabel *makeNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    makePlainText(label); // may carry text from the server or the keychain
    return label;
}

/// A style sheet that colours a label's text as a problem or a success, in colours that read
/// on `palette`'s window, light or dark.
QString resultStyle(const QPalette &palette, bool ok)
{
    const MarkColours colours = markColours(colourSchemeOf(palette));
    return u"color: %1;"_s.arg((ok ? colours.successText : colours.problemText).name());
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, CredentialStore *credentials,
                               const QUrl &currentUrl, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials),
      m_probe(new ConnectionProbe(this)), m_url(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_showKey(new QToolButton(this)), m_keyStatus(makeNote(u"keyStatus"_s, this)),
      m_pageSize(new QSpinBox(this)), m_appearance(new QComboBox(this)),
      m_board(new BoardSettingsGroup(this)), m_offline(new OfflineSettingsGroup(this)),
      m_test(new QPushButton(tr("&Test Connection"), this)),
      m_testResult(makeNote(u"testResult"_s, this)), m_status(makeNote(u"saveStatus"_s, this)),
      m_keepForSession(new QPushButton(tr("Keep for This &Session Only"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    Q_ASSERT(m_settings && m_credentials);
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    buildForm();

    const QUrl url = currentUrl.isEmpty() ? m_settings->baseUrl() : currentUrl;
    m_url->setText(url.toString());
    m_pageSize->setValue(std::clamp(m_settings->pageSize(), MinPageSize, AppSettings::MaxPageSize));
    m_appearance->setCurrentIndex(
        std::max(0, m_appearance->findData(static_cast<int>(m_settings->appearance()))));
    m_board->showPreferences(m_settings->boardPreferences());
    m_offline->showScope(m_settings->detailScope());
    m_offline->showRateLimitWait(m_settings->rateLimitWaitMinutes());
    if (url.isEmpty())
        m_keyStatus->setText(tr("No API key is set."));
    else
        readStoredKey(url);

    // "Keep for this session only" offers what was submitted: an edit makes it stale.
    const auto forgetSubmitted = [this] {
        m_keepForSession->hide();
        m_pendingUrl = QUrl();
        m_pendingKey.clear();
    };
    connect(m_url, &QLineEdit::textEdited, this, forgetSubmitted);
    connect(m_key, &QLineEdit::textEdited, this, forgetSubmitted);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        m_keyStatus->setText(tr("Not saved yet: Save puts it in the system keychain."));
    });
    // Keys are kept per server: another address shows that server's key (if the user has not
    // typed one).
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        QString ignored;
        const auto typed = typedUrl(&ignored);
        if (typed && *typed != m_readUrl && !m_keyEdited)
            readStoredKey(*typed);
    });
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this,
            [this](ConnectionProbe::Outcome outcome, const QString &message) {
                m_test->setEnabled(true);
                const bool ok = outcome == ConnectionProbe::Outcome::Ok;
                // A mark as well as the colour, so the result never relies on colour alone.
                m_testResult->setText((ok ? u"\u2714 "_s : u"\u2716 "_s) + message);
                m_testResult->setStyleSheet(resultStyle(palette(), ok));
            });
    connect(m_keepForSession, &QPushButton::clicked, this, &SettingsDialog::keepForSession);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog()
{
    // The line edits outlive this part of the object (QWidget deletes its children later) and
    // a focus change while they go emits editingFinished, whose handler uses our members.
    m_url->disconnect(this);
}

void SettingsDialog::buildForm()
{
    m_url->setObjectName(u"baseUrlEdit"_s);
    m_url->setPlaceholderText(u"https://api.fentu.io/v1"_s);
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_url->setAccessibleName(tr("Server address"));
    auto *urlHint = makeNote(u"baseUrlHint"_s, this);
    urlHint->setText(tr("Starts with https://, or http:// for a server on this computer."));
    urlHint->setForegroundRole(QPalette::PlaceholderText);
    urlHint->setWordWrap(false); // one short line; wrapped, it broke after three words

    m_key->setObjectName(u"apiKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Paste the API key you were given"));
    m_showKey->setObjectName(u"showKeyButton"_s);
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("Show"));
    m_showKey->setToolTip(tr("Show or hide the API key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);

    m_pageSize->setObjectName(u"pageSizeSpin"_s);
    m_pageSize->setRange(MinPageSize, AppSettings::MaxPageSize);
    m_pageSize->setSingleStep(25);
    m_pageSize->setAccessibleName(tr("Work orders per page"));
    m_pageSize->setToolTip(tr("How many work orders are loaded at a time. 100 means the fewest "
                              "round trips to the server."));

    // As KeePassXC offers it: the desktop's own look, or light or dark whatever it uses.
    m_appearance->setObjectName(u"appearanceCombo"_s);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("System"), static_cast<int>(Appearance::System));
    m_appearance->addItem(tr("Light"), static_cast<int>(Appearance::Light));
    m_appearance->addItem(tr("Dark"), static_cast<int>(Appearance::Dark));
    m_appearance->setToolTip(tr("System follows the desktop's style and colours; Light and Dark "
                                "keep Fentu Desk light or dark whatever the desktop uses."));

    m_test->setObjectName(u"testConnection"_s);
    m_test->setAutoDefault(false);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepForSession->setObjectName(u"keepForSession"_s);
    m_keepForSession->setAutoDefault(false);
    m_keepForSession->hide();
    m_buttons->setObjectName(u"settingsButtons"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(QString(), urlHint);
    // An explicit label: QFormLayout gives a row whose field is a layout no buddy, and the
    // label would show its "&" instead of underlining the shortcut letter.
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("Work orders per &page:"), m_pageSize);
    form->addRow(tr("Appea&rance:"), m_appearance);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_board);
    layout->addWidget(m_offline);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_keepForSession, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);
}

void SettingsDialog::readStoredKey(const QUrl &url)
{
    m_readUrl = url;
    if (!m_keyEdited) {
        // Another server's key never stands beside this address, not even while reading.
        m_keyOwner = QUrl();
        m_key->clear();
    }
    m_keyStatus->setText(tr("Reading the system keychain…"));
    m_credentials->readKey(url, this, [this, url](const CredentialResult &result) {
        if (url != m_readUrl)
            return; // moved on to another server meanwhile: its own read answers
        const QList<std::function<void()>> then = std::exchange(m_afterKeyRead, {});
        if (!m_keyEdited) { // a key the user typed wins over the stored one
            m_key->setText(result.isOk() ? result.key() : QString());
            m_keyOwner = url;
            showKeyStatus(result);
        }
        for (const std::function<void()> &next : then)
            next();
    });
}

void SettingsDialog::afterKeyOf(const QUrl &url, std::function<void()> then)
{
    if (url != m_readUrl)
        m_afterKeyRead.clear(); // they waited for another address's key
    m_afterKeyRead.append(std::move(then));
    if (url != m_readUrl)
        readStoredKey(url); // else its read is on its way and runs `then`
}

void SettingsDialog::showKeyStatus(const CredentialResult &result)
{
    switch (result.status()) {
    case CredentialResult::Status::Ok:
        m_keyStatus->setText(result.isSessionOnly()
                                 ? tr("Kept for this session only: Fentu Desk will ask for it "
                                      "again next time.")
                                 : tr("Stored in the system keychain."));
        break;
    case CredentialResult::Status::NoKeyStored:
    case CredentialResult::Status::InvalidBaseUrl:
        m_keyStatus->setText(tr("No API key is set."));
        break;
    case CredentialResult::Status::Unavailable:
        m_keyStatus->setText(tr("Not set. %1").arg(result.userMessage()));
        break;
    }
}

std::optional<QUrl> SettingsDialog::typedUrl(QString *problem) const
{
    QString text = m_url->text().trimmed();
    // "api.fentu.io/v1" means https: the safe scheme is the one to assume.
    if (!text.isEmpty() && !text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const BaseUrlCheck check = checkBaseUrl(QUrl(text, QUrl::StrictMode));
    if (check.error) {
        *problem = check.error->userMessage();
        return std::nullopt;
    }
    return check.url;
}

void SettingsDialog::testConnection()
{
    QString problem;
    const auto url = typedUrl(&problem);
    if (!url) {
        m_testResult->setStyleSheet(resultStyle(palette(), false));
        m_testResult->setText(u"\u2716 "_s + problem);
        return;
    }
    m_test->setEnabled(false);
    if (!keyBelongsTo(*url)) {
        // Return in the address field ends its editing and may press this too: the key of
        // the address shown is read first, never the previous server's sent to this one.
        afterKeyOf(*url, [this] {
            m_test->setEnabled(true);
            testConnection();
        });
        return;
    }
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing the connection to %1…").arg(endpointOf(*url)));
    m_probe->start(*url, m_key->text().trimmed());
}

void SettingsDialog::save()
{
    QString problem;
    const auto url = typedUrl(&problem);
    if (!url) {
        showProblem(problem);
        m_url->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!keyBelongsTo(*url)) {
        // Return in the address field both ends its editing (which starts reading that
        // server's key) and presses Save: Save waits for that key, and never stores the
        // previous server's key under this address.
        setBusy(true);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Saving…"));
        afterKeyOf(*url, [this] {
            setBusy(false);
            save();
        });
        return;
    }
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        showProblem(tr("Enter the API key for this server."));
        m_key->setFocus(Qt::OtherFocusReason);
        return;
    }
    setBusy(true);
    m_keepForSession->hide();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saving…"));
    m_credentials->writeKey(*url, key, this,
                            [this, url = *url, key](const CredentialResult &result) {
                                onWriteFinished(url, key, result);
                            });
}

void SettingsDialog::onWriteFinished(const QUrl &url, const QString &key,
                                     const CredentialResult &result)
{
    setBusy(false);
    if (result.isOk()) {
        finish(url, key);
        return;
    }
    if (result.isUnavailable()) {
        // Never a silent fallback to plain text: the user decides, knowing the consequence.
        m_pendingUrl = url;
        m_pendingKey = key;
        showProblem(tr("%1 You can keep the key for this session only; Fentu Desk will ask for "
                       "it again next time.")
                        .arg(result.userMessage()));
        m_keepForSession->show();
        m_keepForSession->setFocus(Qt::OtherFocusReason);
        return;
    }
    showProblem(result.userMessage());
}

void SettingsDialog::keepForSession()
{
    if (m_pendingUrl.isEmpty())
        return;
    m_credentials->setSessionOnlyKey(m_pendingUrl, m_pendingKey);
    const QString key = std::exchange(m_pendingKey, QString()); // finish() must not see it cleared
    finish(m_pendingUrl, key);
}

void SettingsDialog::finish(const QUrl &url, const QString &key)
{
    m_settings->setBaseUrl(url);
    m_settings->setPageSize(m_pageSize->value());
    m_settings->setAppearance(static_cast<Appearance>(m_appearance->currentData().toInt()));
    m_settings->setBoardPreferences(m_board->applyTo(m_settings->boardPreferences()));
    m_settings->setDetailScope(m_offline->scope());
    m_settings->setRateLimitWaitMinutes(m_offline->rateLimitWaitMinutes());
    m_settings->sync();
    emit saved(url, key);
    accept();
}

void SettingsDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_key),
                            static_cast<QWidget *>(m_showKey), static_cast<QWidget *>(m_pageSize),
                            static_cast<QWidget *>(m_appearance), static_cast<QWidget *>(m_board),
                            static_cast<QWidget *>(m_offline),
                            static_cast<QWidget *>(m_test)})
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void SettingsDialog::showProblem(const QString &message)
{
    m_status->setStyleSheet(resultStyle(palette(), false));
    m_status->setText(message);
}

} // namespace fentu
