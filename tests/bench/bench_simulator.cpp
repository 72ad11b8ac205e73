// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the simulator serving a third-party client that sends one command at a time and awaits
// each !done: 1,000 /queue/simple/add then 1,000 /queue/simple/remove by =.id=, three runs in a row,
// each on a new connection (as three runs of a script would be). A real router on loopback or another
// RouterOS emulator does this in about 0.2 s; the times must not grow from run to run.
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiencoder.h"
#include "support/threadedsimulator.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
// The smallest client there is: blocking reads, no pipelining, no tags. `wordByWord` writes every
// word on its own, as the classic api.py does; otherwise a whole sentence goes in one write.
class RawClient
{
public:
    explicit RawClient(bool wordByWord)
        : m_wordByWord(wordByWord)
    { }

    bool open(const ConnectionSettings& settings)
    {
        m_socket.connectToHost(settings.host, settings.port);
        if (!m_socket.waitForConnected(5000)) {
            return false;
        }
        return command({"/login", "=name=" + settings.user.toUtf8(), "=password=" + settings.password.toUtf8()});
    }

    // Sends one command and reads until its !done; *ret gets the =ret= of the !done.
    bool command(const QList<QByteArray>& words, QByteArray* ret = nullptr)
    {
        if (m_wordByWord) {
            for (const QByteArray& word : words) {
                QByteArray bytes;
                ApiEncoder::appendWord(&bytes, word);
                m_socket.write(bytes);
                m_socket.flush();
            }
            m_socket.write(QByteArray(1, '\0'));
        } else {
            m_socket.write(ApiEncoder::sentence(words));
        }
        m_socket.flush();
        bool trapped = false;
        for (;;) {
            ApiSentence sentence;
            while (m_decoder.next(&sentence)) {
                if (sentence.command() == "!trap" || sentence.command() == "!fatal") {
                    trapped = true;
                }
                if (sentence.command() == "!done") {
                    if (ret != nullptr) {
                        *ret = sentence.attribute("ret").toByteArray();
                    }
                    return !trapped;
                }
            }
            if (!m_socket.waitForReadyRead(5000)) {
                return false;
            }
            m_decoder.feed(m_socket.readAll());
        }
    }

private:
    QTcpSocket m_socket;
    ApiDecoder m_decoder;
    bool m_wordByWord;
};
} // namespace

class BenchSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addRemoveOneAtATime_data();
    void addRemoveOneAtATime();
};

void BenchSimulator::addRemoveOneAtATime_data()
{
    QTest::addColumn<bool>("wordByWord");
    QTest::newRow("sentence per write") << false;
    // Not run by default: a client that writes word by word without TCP_NODELAY waits for the
    // server's delayed ACK (~40 ms) on every command, against any server; run it by name to see.
    if (qEnvironmentVariableIsSet("PISONET_BENCH_WORD_BY_WORD")) {
        QTest::newRow("word per write") << true;
    }
}

void BenchSimulator::addRemoveOneAtATime()
{
    QFETCH(bool, wordByWord);
    // As `pisonet-cli simulate` starts: ten users online.
    ThreadedSimulator router([](RouterSimulator& simulator) { simulator.populate(10); });
    constexpr int Queues = 1000;
    {
        for (int run = 1; run <= 3; ++run) {
            RawClient client(wordByWord);
            QVERIFY(client.open(router.settings()));
            QList<QByteArray> ids;
            ids.reserve(Queues);
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < Queues; ++i) {
                QByteArray id;
                QVERIFY(client.command(
                    {"/queue/simple/add", "=name=bench-" + QByteArray::number(i),
                     "=target=10.9." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250 + 2) + "/32",
                     "=max-limit=512k/1M"},
                    &id));
                ids.append(id);
            }
            const qint64 addMs = timer.elapsed();
            for (const QByteArray& id : std::as_const(ids)) {
                QVERIFY(client.command({"/queue/simple/remove", "=.id=" + id}));
            }
            const qint64 totalMs = timer.elapsed();
            std::printf("FIGURE one-at-a-time (%s), run %d: 1,000 add + 1,000 remove in %.3f s "
                        "(add %.3f s; target <= 0.4 s, flat over runs)\n",
                        wordByWord ? "word per write" : "sentence per write", run, double(totalMs) / 1e3,
                        double(addMs) / 1e3);
            std::fflush(stdout);
        }
    }
}

QTEST_GUILESS_MAIN(BenchSimulator)
#include "bench_simulator.moc"
