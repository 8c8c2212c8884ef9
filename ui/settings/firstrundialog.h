#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fentu {

class LocalSandbox;

/// The welcome shown when no server or no key is configured: connect to one's own server
/// (the Settings form), or try the local sandbox with demo data in one click.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    /// `sandbox` is not owned: it must keep running after this dialog closes.
    explicit FirstRunDialog(LocalSandbox *sandbox, QWidget *parent = nullptr);

signals:
    /// "Connect to my server…": the caller opens the Settings form.
    void connectToServerRequested();
    /// The local sandbox listens at `baseUrl` and accepts `key`.
    void sandboxReady(const QUrl &baseUrl, const QString &key);

private:
    void trySandbox();
    void setStarting(bool starting);

    LocalSandbox *m_sandbox;
    QPushButton *m_connect;
    QPushButton *m_trySandbox;
    QPushButton *m_later;
    QProgressBar *m_busy;
    QLabel *m_status;
};

} // namespace fentu
