#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

class QProcess;
class QTimer;

namespace fentu {

/// Runs the fentu-sandbox program (a local demo API) as a child process for a first run:
/// starts it asynchronously, reads the base URL and key it prints once it listens, and stops
/// it when this object goes (so with the application). Widgets-free.
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandbox(QObject *parent = nullptr);
    /// Ends the sandbox if it runs, without waiting for it (see endProcessWithoutWaiting).
    ~LocalSandbox() override;

    /// locateProgram() for the running executable's folder.
    static QString defaultProgram();
    /// fentu-sandbox beside the program in `applicationDir` (the build tree), else in the
    /// installed libexec folder relative to it (the package: /usr/bin -> /usr/libexec/fentu-desk).
    /// When neither exists, the installed path, so that "not installed" names where it belongs.
    static QString locateProgram(const QString &applicationDir);
    /// <AppDataLocation>/sandbox/demo.sqlite: demo data that keeps the user's edits across runs.
    static QString defaultDatabasePath();

    void setProgram(const QString &program);
    QString program() const { return m_program; }
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    /// The port to listen on if it is free (0: any). The same port keeps the same base URL, and
    /// so the same offline copy, across runs; when it is taken, start() falls back to any port.
    void setPreferredPort(quint16 port);
    quint16 preferredPort() const { return m_preferredPort; }

    /// Starts the program; ready() or failed() follows, later, exactly once. Does nothing while
    /// it is starting or running.
    void start();
    /// Stops the program and waits (up to 3 s) for it to exit; safe to call when it does not
    /// run. It blocks: not for the GUI thread (destroying this object does not wait).
    void stop();
    bool isRunning() const;
    /// Known once ready() was emitted.
    QUrl baseUrl() const { return m_baseUrl; }
    QString key() const { return m_key; }

signals:
    /// The sandbox listens at `baseUrl` and accepts `key` (a demo key, not a secret).
    void ready(const QUrl &baseUrl, const QString &key);
    /// The sandbox could not be started, or stopped before it was ready; `message` says why
    /// in words a person understands.
    void failed(const QString &message);

private:
    void launch(quint16 port);
    void readOutput();
    void fail(const QString &message);
    void onFinished();
    QString errorTail() const;

    QString m_program;
    QString m_databasePath;
    quint16 m_preferredPort = 0;
    quint16 m_triedPort = 0; // the port this start asked for; 0 once it asks for any
    QProcess *m_process = nullptr;
    QTimer *m_startTimeout;
    QByteArray m_output;   // stdout until the address lines arrived
    QByteArray m_errorLog; // the last few kB of stderr, to explain a failure
    QUrl m_baseUrl;
    QString m_key;
    bool m_reported = false; // ready() or failed() was emitted for this start
};

} // namespace fentu
