#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

namespace fentu::sandbox::test {

/// What came back for one request, as raw as the tests need it.
struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const;
    /// The body as a JSON object; an empty object (and a test failure note) if it is not one.
    QJsonObject json() const;
    bool isJsonObject() const;
    QJsonArray dataArray() const { return json().value(QStringLiteral("data")).toArray(); }
    QJsonObject dataObject() const { return json().value(QStringLiteral("data")).toObject(); }
    QJsonObject meta() const { return json().value(QStringLiteral("meta")).toObject(); }
    QJsonObject errorObject() const { return json().value(QStringLiteral("error")).toObject(); }
};

/// A plain QNetworkAccessManager talking to a sandbox (deliberately not the project's API
/// client: the sandbox is tested on its own). Each call waits for its reply with QSignalSpy,
/// which runs the event loop, so an in-process server keeps serving.
class SandboxTestClient
{
public:
    SandboxTestClient(QUrl baseUrl, QString key);

    void setKey(const QString &key) { m_key = key; }
    TestReply get(const QString &path, const QUrlQuery &query = {});
    TestReply post(const QString &path, const QByteArray &body);
    TestReply put(const QString &path, const QByteArray &body);
    TestReply remove(const QString &path);
    /// Any method, with the Authorization header given verbatim (empty: none).
    TestReply send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QByteArray &body, const QByteArray &authorization);
    /// Starts a GET and returns the reply without waiting (the caller owns it).
    QNetworkReply *startGet(const QString &path, const QUrlQuery &query = {});
    /// Waits for a reply started with startGet() and collects it.
    static TestReply collect(QNetworkReply *reply, int timeoutMs = 20000);

    /// Every row of a list over all its pages, checking that meta stays consistent.
    QJsonArray allRows(const QString &path, QUrlQuery query, int perPage = 100,
                       qint64 *totalCount = nullptr);

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query,
                            const QByteArray &authorization) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_key;
};

/// JSON text for a test body.
QByteArray jsonBody(const QJsonObject &object);

} // namespace fentu::sandbox::test
