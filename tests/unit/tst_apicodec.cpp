// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apicommand.h"
#include "core/routeros/apidecoder.h"
#include "core/routeros/apiencoder.h"
#include "core/routeros/apirecord.h"

#include <QTest>

class TestApiCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthPrefix_data();
    void lengthPrefix();
    void roundTripBoundaryWords_data();
    void roundTripBoundaryWords();
    void oneByteAtATime();
    void manySentencesInOneChunk();
    void splitInsideLengthPrefix();
    void emptySentencesAreSkipped();
    void controlByteIsAnError();
    void oversizedWordIsAnError();
    void attributesAndTag();
    void emptyAttributeValueIsPresent();
    void fiveByteFormDecodes();
    void commandEncoding();
    void sentencesOutliveLaterFeeds();
};

void TestApiCodec::lengthPrefix_data()
{
    QTest::addColumn<quint32>("length");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("0") << 0u << QByteArray::fromHex("00");
    QTest::newRow("0x7F") << 0x7Fu << QByteArray::fromHex("7f");
    QTest::newRow("0x80") << 0x80u << QByteArray::fromHex("8080");
    QTest::newRow("0x3FFF") << 0x3FFFu << QByteArray::fromHex("bfff");
    QTest::newRow("0x4000") << 0x4000u << QByteArray::fromHex("c04000");
    QTest::newRow("0x1FFFFF") << 0x1FFFFFu << QByteArray::fromHex("dfffff");
    QTest::newRow("0x200000") << 0x200000u << QByteArray::fromHex("e0200000");
    QTest::newRow("0xFFFFFFF") << 0xFFFFFFFu << QByteArray::fromHex("efffffff");
    QTest::newRow("0x10000000") << 0x10000000u << QByteArray::fromHex("f010000000");
}

void TestApiCodec::lengthPrefix()
{
    QFETCH(quint32, length);
    QFETCH(QByteArray, prefix);
    QByteArray out;
    ApiEncoder::appendLength(&out, length);
    QCOMPARE(out.toHex(), prefix.toHex());
}

void TestApiCodec::roundTripBoundaryWords_data()
{
    QTest::addColumn<int>("length");
    for (int length : {1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000}) {
        QTest::addRow("%d", length) << length;
    }
}

void TestApiCodec::roundTripBoundaryWords()
{
    QFETCH(int, length);
    const QByteArray word(length, 'x');
    const QByteArray wire = ApiEncoder::sentence({"!re", "=comment=" + word});
    ApiDecoder decoder;
    // Feed in two pieces split in the middle of the long word.
    decoder.feed(wire.left(wire.size() / 2));
    ApiSentence sentence;
    QVERIFY(!decoder.next(&sentence) || length < 8);
    decoder.feed(wire.mid(wire.size() / 2));
    if (sentence.isEmpty()) {
        QVERIFY(decoder.next(&sentence));
    }
    QCOMPARE(sentence.size(), 2);
    QCOMPARE(sentence.attribute("comment").size(), qsizetype(length));
    QVERIFY(!decoder.hasError());
    QVERIFY(!decoder.next(&sentence));
}

void TestApiCodec::oneByteAtATime()
{
    QByteArray wire;
    for (int i = 0; i < 50; ++i) {
        ApiEncoder::appendSentence(
            &wire, {"!re", "=.id=*" + QByteArray::number(i), "=name=" + QByteArray(300, 'n'), ".tag=7"});
    }
    ApiEncoder::appendSentence(&wire, {"!done", ".tag=7"});
    ApiDecoder decoder;
    QList<ApiSentence> sentences;
    for (char byte : std::as_const(wire)) {
        decoder.feed(QByteArray(1, byte));
        ApiSentence sentence;
        while (decoder.next(&sentence)) {
            sentences.append(sentence);
        }
    }
    QCOMPARE(sentences.size(), 51);
    QCOMPARE(sentences[42].attribute(".id"), QByteArrayView("*42"));
    QCOMPARE(sentences[42].tag(), QByteArrayView("7"));
    QCOMPARE(sentences.last().command(), QByteArrayView("!done"));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestApiCodec::manySentencesInOneChunk()
{
    QByteArray wire;
    for (int i = 0; i < 1000; ++i) {
        ApiEncoder::appendSentence(&wire, {"!re", "=n=" + QByteArray::number(i)});
    }
    ApiDecoder decoder;
    decoder.feed(wire);
    ApiSentence sentence;
    int count = 0;
    while (decoder.next(&sentence)) {
        QCOMPARE(sentence.attribute("n").toByteArray().toInt(), count);
        ++count;
    }
    QCOMPARE(count, 1000);
}

void TestApiCodec::splitInsideLengthPrefix()
{
    const QByteArray wire = ApiEncoder::sentence({QByteArray(0x4000, 'a')}); // 3-byte prefix
    ApiDecoder decoder;
    ApiSentence sentence;
    decoder.feed(wire.left(1));
    QVERIFY(!decoder.next(&sentence));
    decoder.feed(wire.mid(1, 1));
    QVERIFY(!decoder.next(&sentence));
    decoder.feed(wire.mid(2));
    QVERIFY(decoder.next(&sentence));
    QCOMPARE(sentence.word(0).size(), 0x4000);
}

void TestApiCodec::emptySentencesAreSkipped()
{
    ApiDecoder decoder;
    decoder.feed(QByteArray(3, '\0') + ApiEncoder::sentence({"!done"}));
    ApiSentence sentence;
    QVERIFY(decoder.next(&sentence));
    QCOMPARE(sentence.command(), QByteArrayView("!done"));
}

void TestApiCodec::controlByteIsAnError()
{
    for (uchar control : {uchar(0xF8), uchar(0xFF)}) {
        ApiDecoder decoder;
        decoder.feed(ApiEncoder::sentence({"!re"}) + QByteArray(1, char(control)) + "junk");
        ApiSentence sentence;
        QVERIFY(decoder.next(&sentence)); // the good sentence before it still arrives
        QVERIFY(!decoder.next(&sentence));
        QVERIFY(decoder.hasError());
        QVERIFY2(decoder.errorString().contains(QStringLiteral("control byte")), qPrintable(decoder.errorString()));
    }
}

void TestApiCodec::oversizedWordIsAnError()
{
    ApiDecoder decoder;
    decoder.feed(QByteArray::fromHex("efffffff") + "abc");
    ApiSentence sentence;
    QVERIFY(!decoder.next(&sentence));
    QVERIFY(decoder.hasError());
}

void TestApiCodec::attributesAndTag()
{
    const ApiSentence sentence = ApiSentence::fromWords(
        {"!re", "=.id=*1", "=name=pisonet-AA", "=comment=a=b=c", ".tag=12", "=max-limit=512000/1000000"});
    QCOMPARE(sentence.attribute(".id"), QByteArrayView("*1"));
    QCOMPARE(sentence.attribute("comment"), QByteArrayView("a=b=c"));
    QCOMPARE(sentence.attribute("max-limit"), QByteArrayView("512000/1000000"));
    QVERIFY(sentence.attribute("name2").isNull());
    QVERIFY(sentence.attribute("nam").isNull());
    QCOMPARE(sentence.tag(), QByteArrayView("12"));
    const ApiRecord record(sentence);
    QCOMPARE(record.value("name"), QStringLiteral("pisonet-AA"));
    QCOMPARE(record.keys(),
             (QStringList {QStringLiteral(".id"), QStringLiteral("name"), QStringLiteral("comment"),
                           QStringLiteral("max-limit")}));
}

void TestApiCodec::emptyAttributeValueIsPresent()
{
    const ApiSentence sentence = ApiSentence::fromWords({"!re", "=comment=", "=x"});
    QVERIFY(sentence.hasAttribute("comment"));
    QCOMPARE(sentence.attribute("comment").size(), 0);
    QVERIFY(!sentence.hasAttribute("x")); // malformed word without a second '='
}

void TestApiCodec::fiveByteFormDecodes()
{
    // A length below 0x10000000 written in the long form must still decode.
    ApiDecoder decoder;
    decoder.feed(QByteArray::fromHex("f000000003") + "!re" + QByteArray(1, '\0'));
    ApiSentence sentence;
    QVERIFY(decoder.next(&sentence));
    QCOMPARE(sentence.command(), QByteArrayView("!re"));
}

void TestApiCodec::commandEncoding()
{
    ApiCommand command(QStringLiteral("/queue/simple/print"));
    command.proplist({QStringLiteral("name"), QStringLiteral("target")}).query(QStringLiteral("name=pisonet-AA"));
    QCOMPARE(command.words("5"),
             (QList<QByteArray> {"/queue/simple/print", "=.proplist=name,target", "?name=pisonet-AA", ".tag=5"}));
    ApiCommand login(QStringLiteral("/login"));
    login.set(QStringLiteral("name"), QStringLiteral("admin")).set(QStringLiteral("password"), QStringLiteral("pw"));
    QVERIFY(!login.describe().contains(QStringLiteral("pw")));
}

void TestApiCodec::sentencesOutliveLaterFeeds()
{
    ApiDecoder decoder;
    const QByteArray wire = ApiEncoder::sentence({"!re", "=a=1"}) + ApiEncoder::sentence({"!re", "=a=2"});
    decoder.feed(wire.left(wire.size() - 3));
    ApiSentence first;
    QVERIFY(decoder.next(&first));
    decoder.feed(wire.right(3));
    ApiSentence second;
    QVERIFY(decoder.next(&second));
    QCOMPARE(first.attribute("a"), QByteArrayView("1"));
    QCOMPARE(second.attribute("a"), QByteArrayView("2"));
}

QTEST_APPLESS_MAIN(TestApiCodec)
#include "tst_apicodec.moc"
