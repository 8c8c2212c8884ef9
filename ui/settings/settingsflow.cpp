#include "settingsflow.h"

#include "firstrundialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include "appearanceswitcher.h"

#include "api/apiclient.h"
#include "credentials/credentialstore.h"
#include "session/localsandbox.h"
#include "session/serverconnection.h"
#include "settings/appsettings.h"

#include <QAction>

namespace fentu {

SettingsFlow::SettingsFlow(MainWindow *window, const Services &services,
                           QAction *settingsAction)
    : QObject(window), m_window(window), m_services(services), m_sandbox(new LocalSandbox(this))
{
    Q_ASSERT(m_services.connection && m_services.credentials && m_services.settings);
    m_sandbox->setPreferredPort(m_services.settings->sandboxPort());
    connect(settingsAction, &QAction::triggered, this, &SettingsFlow::openSettings);

    ServerConnection *connection = m_services.connection;
    connect(connection, &ServerConnection::connecting, window, &MainWindow::showConnecting);
    connect(connection, &ServerConnection::connected, window, &MainWindow::showConnecting);
    connect(connection, &ServerConnection::failed, window, &MainWindow::showStartupError);
    connect(connection, &ServerConnection::notConfigured, this, [this] {
        m_window->showNotConfigured();
        openFirstRun();
    });
}

SettingsFlow::~SettingsFlow() = default;

void SettingsFlow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const QUrl current = m_services.client ? m_services.client->baseUrl() : QUrl();
    m_settingsDialog =
        new SettingsDialog(m_services.settings, m_services.credentials, current, m_window);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settingsDialog, &SettingsDialog::saved, m_services.connection,
            &ServerConnection::connectTo);
    connect(m_settingsDialog, &SettingsDialog::saved, this, [this] {
        if (m_services.appearance)
            m_services.appearance->apply(m_services.settings->appearance());
        emit preferencesSaved();
    });
    m_settingsDialog->open(); // window-modal, and no nested event loop
}

void SettingsFlow::openFirstRun()
{
    if (m_firstRunDialog) {
        m_firstRunDialog->raise();
        return;
    }
    m_firstRunDialog = new FirstRunDialog(m_sandbox, m_window);
    m_firstRunDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRunDialog, &FirstRunDialog::connectToServerRequested, this,
            &SettingsFlow::openSettings);
    connect(m_firstRunDialog, &FirstRunDialog::sandboxReady, this, &SettingsFlow::connectToSandbox);
    m_firstRunDialog->open();
}

void SettingsFlow::connectToSandbox(const QUrl &baseUrl, const QString &key)
{
    // Session-only and not in the settings: the sandbox may have to take another port next run,
    // and its demo key is no secret worth a keychain entry. Its port is remembered, so that the
    // next run asks for the same address and finds the offline copy made under it.
    if (baseUrl.port() > 0 && baseUrl.port() <= 65535) {
        m_services.settings->setSandboxPort(quint16(baseUrl.port()));
        m_sandbox->setPreferredPort(quint16(baseUrl.port()));
    }
    m_services.credentials->setSessionOnlyKey(baseUrl, key);
    m_services.connection->connectTo(baseUrl, key);
}

} // namespace fentu
