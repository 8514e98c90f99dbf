#include "plan/documents.hpp"

#include "base/source.hpp"
#include "lang/parser.hpp"

#include <catch2/catch.hpp>

using namespace oblige;

TEST_CASE("a citation's leading document is a document number before the first comma", "[documents]") {
    CHECK(plan::leading_document("11983/UBND-KGVX, mục V.19") == "11983/UBND-KGVX");
    CHECK(plan::leading_document("Nghị quyết 28/NQ-CP; Mục tiêu 1") == "Nghị quyết 28/NQ-CP");
    CHECK(plan::leading_document("…/KH-SNV (số để trống), mục II.1") == "…/KH-SNV (số để trống)");
    CHECK(plan::leading_document("  45/KH-UBND  ") == "45/KH-UBND");
    CHECK(plan::leading_document("seed 002, V.19").empty());
    CHECK(plan::leading_document("mục II, chỉ tiêu 28/30").empty());
    CHECK(plan::leading_document("").empty());
}

TEST_CASE("a source opens with a document only at a boundary", "[documents]") {
    CHECK(plan::opens_with_document("12/KH-SNV", "12/KH-SNV"));
    CHECK(plan::opens_with_document("12/KH-SNV, mục IV", "12/KH-SNV"));
    CHECK(plan::opens_with_document("12/KH-SNV; mục IV", "12/KH-SNV"));
    CHECK(plan::opens_with_document("12/KH-SNV (mục IV)", "12/KH-SNV"));
    CHECK(plan::opens_with_document("12/KH-SNV mục IV", "12/KH-SNV"));
    CHECK_FALSE(plan::opens_with_document("12/KH-SNVX, mục IV", "12/KH-SNV"));
    CHECK_FALSE(plan::opens_with_document("112/KH-SNV, mục IV", "12/KH-SNV"));
    CHECK_FALSE(plan::opens_with_document("12/KH-SN", "12/KH-SNV"));
    CHECK_FALSE(plan::opens_with_document("anything", ""));
}

namespace {
std::string document_of(const std::string& text) {
    const SourceFile file("library.obl", text);
    const auto parsed = lang::parse(file);
    return plan::library_document(parsed.file);
}
} // namespace

TEST_CASE("a library states its document in its first source, in the order written", "[documents]") {
    CHECK(document_of("agency A \"A\" { source \"Nghị quyết 28/NQ-CP, Điều 1\" }\n"
                      "agency B \"B\" { source \"45/KH-UBND, mục II\" }\n") == "Nghị quyết 28/NQ-CP");
    // The first source may stand inside a goal's first indicator.
    CHECK(
        document_of(
            "goal G \"G\" { indicator CT1 \"x\" { source \"28/NQ-CP, Mục tiêu 1\" } source \"9/QĐ-X\" }\n") ==
        "28/NQ-CP");
    // A declaration without a source is passed over.
    CHECK(document_of("agency A \"A\"\nagency B \"B\" { source \"7/KH-Y, mục I\" }\n") == "7/KH-Y");
    // A first source without a document number states none, even when a later one has one.
    CHECK(document_of("agency A \"A\" { source \"seed 002, II\" }\n"
                      "agency B \"B\" { source \"45/KH-UBND, mục II\" }\n")
              .empty());
    CHECK(document_of("agency A \"A\"\n").empty());
}
