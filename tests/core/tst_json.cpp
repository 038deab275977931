// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared JSON reader: file order, duplicates as Python reads them, Python's non-finite
// tokens, and objects of hundreds of thousands of keys (variable_constants.json keyed by UUID).
#include "formats/json/safejson.h"

#include "support/resultchecks.h"

#include <QTest>

using namespace mxl;
using namespace mxl::detail;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void keepsFileOrder()
    {
        Result<Json> json =
            parseJson(R"({"b": 1, "a": [true, null, {"z": 2, "y": "s"}], "c": {}})");
        MXL_VERIFY_OK(json);
        QStringList keys;
        for (auto it = json->begin(); it != json->end(); ++it)
            keys << QString::fromStdString(it.key());
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
        const Json &inner = (*json)["a"][2];
        QCOMPARE(QString::fromStdString(inner.begin().key()), QStringLiteral("z"));
        QCOMPARE((*json)["a"][0].get<bool>(), true);
        QVERIFY((*json)["a"][1].is_null());
        QVERIFY((*json)["c"].is_object() && (*json)["c"].empty());
        QCOMPARE(json->dump(), std::string(R"({"b":1,"a":[true,null,{"z":2,"y":"s"}],"c":{}})"));
    }

    // Python's json.loads: a repeated key keeps its first place and takes the last value.
    void duplicateKeysAsPython()
    {
        Result<Json> json = parseJson(R"({"k": 1, "m": 2, "k": {"x": 3}, "m": [4]})");
        MXL_VERIFY_OK(json);
        QCOMPARE(json->size(), size_t(2));
        QCOMPARE(json->dump(), std::string(R"({"k":{"x":3},"m":[4]})"));
    }

    void numbersAndNonFinite()
    {
        Result<Json> json = parseJson(R"([-3, 18446744073709551615, 1.5e300, NaN, -Infinity])");
        MXL_VERIFY_OK(json);
        QCOMPARE((*json)[0].get<qint64>(), qint64(-3));
        QVERIFY((*json)[1].is_number_unsigned());
        QCOMPARE(jsonNumber((*json)[2]).value(), 1.5e300);
        QVERIFY(std::isnan(jsonNumber((*json)[3]).value()));
        QCOMPARE(jsonNumber((*json)[4]).value(), -std::numeric_limits<double>::infinity());
    }

    void scalarsAtTheTop()
    {
        Result<Json> json = parseJson("\"only\"");
        MXL_VERIFY_OK(json);
        QCOMPARE(jsonString(*json).value(), QStringLiteral("only"));
    }

    void errorsSayWhere()
    {
        Result<Json> json = parseJson(R"({"a": 1,, "b": 2})");
        MXL_VERIFY_FAILS_WITH(json, mxl::ErrorCode::BadJson);
        QCOMPARE(json.error().offset, qint64(8));
        MXL_VERIFY_FAILS_WITH(parseJson(R"({"a": [1, 2})"), mxl::ErrorCode::BadJson);
        MXL_VERIFY_FAILS_WITH(parseJson(""), mxl::ErrorCode::BadJson);
    }

    // 300,000 UUID keys in one object, in order, each once (nlohmann's own ordered parser
    // searched every earlier key on each insert: minutes for this; the benchmark has figures).
    void largeObjectsKeepEveryKey()
    {
        const int n = 300'000;
        QByteArray text = "{";
        for (int i = 0; i < n; ++i)
            text += "\"" + QByteArray::number(i, 16).rightJustified(8, '0') +
                    "_0000_4000_8000_000000000000\": " + QByteArray::number(i) + ",";
        text += "\"00000000_0000_4000_8000_000000000000\": -1}"; // a duplicate of the first
        Result<Json> json = parseJson(text);
        MXL_VERIFY_OK(json);
        QCOMPARE(json->size(), size_t(n));
        int expected = 0;
        for (auto it = json->begin(); it != json->end(); ++it, ++expected) {
            if (it.value().get<int>() != (expected == 0 ? -1 : expected))
                QFAIL(qPrintable(QStringLiteral("key %1 out of place").arg(expected)));
        }
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
