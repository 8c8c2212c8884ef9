#pragma once

// Waiting in tests: the one await() every test uses for an asynchronous call, and the retry
// policy that keeps retry paths fast.

#include "api/retrypolicy.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace fentu::test {

/// How long a test waits for anything asynchronous before it calls it lost.
inline constexpr int kWaitMs = 20000;

/// Starts an asynchronous call and spins the event loop until its callback delivers; nothing
/// when it has not arrived in `timeoutMs`, for a test that expects a wait may fail (a stuck
/// keychain) and says so itself.
template <typename R, typename Start>
std::optional<R> tryAwait(Start start, int timeoutMs = kWaitMs)
{
    // An event loop that ends the moment the callback arrives: QTest::qWaitFor sleeps 10 ms
    // between looks, which made a sequence of thousands of small calls mostly sleep. Shared,
    // so that a callback arriving after the timeout writes into live memory.
    auto slot = std::make_shared<std::optional<R>>();
    QEventLoop loop;
    QPointer<QEventLoop> running(&loop);
    start([slot, running](R result) {
        *slot = std::move(result);
        if (running)
            running->quit();
    });
    if (!slot->has_value()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return std::move(*slot);
}

/// Starts an asynchronous call and spins the event loop until its callback delivers; fails
/// loudly when nothing arrives in `timeoutMs` (a lost callback is a bug, not a slow machine).
template <typename R, typename Start> R await(Start start, int timeoutMs = kWaitMs)
{
    std::optional<R> result = tryAwait<R>(std::move(start), timeoutMs);
    if (!result)
        qFatal("an asynchronous callback never arrived");
    return std::move(*result);
}

/// A retry policy with short delays, so that tests of retries and backoff stay fast.
RetryPolicy quickRetries(int maxAttempts = 4);

} // namespace fentu::test
