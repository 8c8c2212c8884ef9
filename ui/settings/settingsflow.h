#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace fentu {

class ApiClient;
class AppSettings;
class AppearanceSwitcher;
class CredentialStore;
class FirstRunDialog;
class LocalSandbox;
class MainWindow;
class ServerConnection;
class SettingsDialog;

/// Connects the window to the ServerConnection: opens Settings (window-modal, open()) from
/// the Settings action and reconnects when it is saved; shows the first-run dialog when
/// nothing is configured and runs the local sandbox it offers; reports keychain problems; puts
/// a saved appearance (System, Light, Dark) into effect at once.
class SettingsFlow : public QObject
{
    Q_OBJECT
public:
    /// What the flow works with; all outlive it, and only the client may be missing.
    struct Services
    {
        ServerConnection *connection = nullptr; // connects, reconnects on save
        CredentialStore *credentials = nullptr; // the keys, in the keychain
        AppSettings *settings = nullptr;        // the address, the sandbox's port
        ApiClient *client = nullptr;            // the address in use now
        AppearanceSwitcher *appearance = nullptr; // applies a saved appearance; may be null
    };

    SettingsFlow(MainWindow *window, const Services &services, QAction *settingsAction);
    ~SettingsFlow() override;

    /// Opens the Settings dialog, or raises the one already open.
    void openSettings();
    /// Opens the first-run dialog, or raises the one already open.
    void openFirstRun();

    /// The sandbox of "Try the local sandbox"; it stops with this object.
    LocalSandbox *localSandbox() const { return m_sandbox; }

signals:
    /// Settings were saved: preferences others show (the board's hours, snap, re-read) may
    /// have changed.
    void preferencesSaved();

private:
    void connectToSandbox(const QUrl &baseUrl, const QString &key);

    MainWindow *m_window;
    Services m_services;
    LocalSandbox *m_sandbox;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<FirstRunDialog> m_firstRunDialog;
};

} // namespace fentu
