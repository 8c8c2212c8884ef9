#include "sandboxtestclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace fentu::sandbox::test {

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool TestReply::isJsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QJsonObject TestReply::json() const
{
    if (!isJsonObject())
        qWarning("not a JSON object (status %d): %s", status, body.left(200).constData());
    return QJsonDocument::fromJson(body).object();
}

SandboxTestClient::SandboxTestClient(QUrl baseUrl, QString key)
    : m_baseUrl(std::move(baseUrl)), m_key(std::move(key))
{}

QUrl SandboxTestClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest SandboxTestClient::request(const QString &path, const QUrlQuery &query,
                                           const QByteArray &authorization) const
{
    QNetworkRequest request(url(path, query));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return request;
}

TestReply SandboxTestClient::send(const QByteArray &method, const QString &path,
                                  const QUrlQuery &query, const QByteArray &body,
                                  const QByteArray &authorization)
{
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply =
        m_network.sendCustomRequest(request(path, query, authorization), method, buffer);
    buffer->setParent(reply);
    return collect(reply);
}

TestReply SandboxTestClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {}, "Bearer " + m_key.toUtf8());
}

TestReply SandboxTestClient::post(const QString &path, const QByteArray &body)
{
    return send("POST", path, {}, body, "Bearer " + m_key.toUtf8());
}

TestReply SandboxTestClient::put(const QString &path, const QByteArray &body)
{
    return send("PUT", path, {}, body, "Bearer " + m_key.toUtf8());
}

TestReply SandboxTestClient::remove(const QString &path)
{
    return send("DELETE", path, {}, {}, "Bearer " + m_key.toUtf8());
}

QNetworkReply *SandboxTestClient::startGet(const QString &path, const QUrlQuery &query)
{
    return m_network.get(request(path, query, "Bearer " + m_key.toUtf8()));
}

TestReply SandboxTestClient::collect(QNetworkReply *reply, int timeoutMs)
{
    TestReply result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QJsonArray SandboxTestClient::allRows(const QString &path, QUrlQuery query, int perPage,
                                      qint64 *totalCount)
{
    QJsonArray rows;
    query.removeAllQueryItems(u"per_page"_s);
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    qint64 total = -1;
    for (int page = 1; page < 100000; ++page) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(u"page"_s, QString::number(page));
        const TestReply reply = get(path, pageQuery);
        if (reply.status != 200) {
            qWarning("page %d of %s answered %d", page, qPrintable(path), reply.status);
            break;
        }
        const QJsonObject meta = reply.meta();
        if (total < 0)
            total = meta.value(u"total_count"_s).toInteger();
        if (meta.value(u"total_count"_s).toInteger() != total)
            qWarning("total_count changed while paging");
        const QJsonArray data = reply.dataArray();
        for (const QJsonValue &row : data)
            rows.append(row);
        if (data.isEmpty() || page >= meta.value(u"total_pages"_s).toInt())
            break;
    }
    if (totalCount)
        *totalCount = total;
    return rows;
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace fentu::sandbox::test
