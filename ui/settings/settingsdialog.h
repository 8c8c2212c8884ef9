#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace fentu {

class BoardSettingsGroup;
class OfflineSettingsGroup;
class AppSettings;
class ConnectionProbe;
class CredentialResult;
class CredentialStore;

/// Settings: the server's base URL, the API key (kept in the system keychain, keyed by that
/// URL, never in a settings file), the page size and the appearance (System, Light, Dark), with a
/// "Test connection" button.
/// Saving is asynchronous: the dialog says "Saving…", closes when the keychain has the key,
/// and stays open with the reason when it cannot; with no keychain the user may keep the key
/// for this session only. Open it with open(), never exec().
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `currentUrl` is the server in use (it may come from --base-url), else the stored one.
    SettingsDialog(AppSettings *settings, CredentialStore *credentials, const QUrl &currentUrl,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

signals:
    /// The URL is in the settings and the key in the keychain (or in memory for this session):
    /// the caller reconnects with them.
    void saved(const QUrl &baseUrl, const QString &key);

private:
    void buildForm();
    void readStoredKey(const QUrl &url);
    /// Whether the key field holds the key for `url`: typed by the user, or read for it.
    bool keyBelongsTo(const QUrl &url) const { return m_keyEdited || m_keyOwner == url; }
    /// Runs `then` once the key field holds the key stored for `url` (read now if needed).
    void afterKeyOf(const QUrl &url, std::function<void()> then);
    void showKeyStatus(const CredentialResult &result);
    /// The typed URL, normalised; nullopt with `problem` set when it cannot be used.
    std::optional<QUrl> typedUrl(QString *problem) const;
    void testConnection();
    void save();
    void onWriteFinished(const QUrl &url, const QString &key, const CredentialResult &result);
    void keepForSession();
    void finish(const QUrl &url, const QString &key);
    void setBusy(bool busy);
    void showProblem(const QString &message);

    AppSettings *m_settings;
    CredentialStore *m_credentials;
    ConnectionProbe *m_probe;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QToolButton *m_showKey;
    QLabel *m_keyStatus;
    QSpinBox *m_pageSize;
    QComboBox *m_appearance;
    BoardSettingsGroup *m_board;
    OfflineSettingsGroup *m_offline;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_status;
    QPushButton *m_keepForSession;
    QDialogButtonBox *m_buttons;
    bool m_keyEdited = false; // the user typed a key: a late keychain read must not replace it
    QUrl m_readUrl;           // the server whose stored key is being read or shown
    QUrl m_keyOwner;          // the server whose stored key the key field holds (read done)
    QList<std::function<void()>> m_afterKeyRead; // Save and Test, waiting for that read
    QUrl m_pendingUrl;                           // what "Keep for this session only" applies to
    QString m_pendingKey;
};

} // namespace fentu
