// The bundled samples load cleanly and carry the facts of their seeds.
#include "support.hpp"

#include <doctest/doctest.h>

using namespace thidua;

namespace {

model::ClusterYear sample(const std::string& name) {
    load::LoadResult r = load::load_file(test::source_path("samples/" + name));
    INFO(r.diagnostics.format());
    REQUIRE(r.model.has_value());
    CHECK(r.diagnostics.empty()); // no errors and no warnings
    return std::move(*r.model);
}

std::optional<double> total(const model::ClusterYear& cy, const std::string& id) {
    for (std::size_t i = 0; i < cy.statistics->indicators.size(); ++i) {
        if (cy.statistics->indicators[i].id == id) return cy.statistics->figures[i].total;
    }
    return std::nullopt;
}

std::vector<std::string> ids(const std::vector<const model::Member*>& ms) {
    std::vector<std::string> out;
    for (const model::Member* m : ms)
        out.push_back(m->id);
    return out;
}

std::optional<double> member_value(const model::ClusterYear& cy, const std::string& member,
                                   const std::string& indicator) {
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        if (cy.members[m].id != member) continue;
        for (std::size_t i = 0; i < cy.statistics->indicators.size(); ++i) {
            if (cy.statistics->indicators[i].id == indicator) {
                return cy.statistics->member_table[m][i].value;
            }
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("Đông Bắc 2023: 109 model cooperatives, 32 in Bắc Kạn, flag to Lạng Sơn") {
    const auto cy = sample("dong-bac-2023.xml");
    CHECK(cy.year == 2023);
    CHECK(cy.cluster.id == "dong-bac");
    CHECK(cy.members.size() == 6);
    CHECK(ids(cy.heads()) == std::vector<std::string>{"bac-kan"});
    CHECK(ids(cy.deputies()) == std::vector<std::string>{"lang-son"});
    CHECK(cy.meeting->date == text::Date{2023, 11, 24});
    CHECK(cy.meeting->host == "bac-kan");
    CHECK(total(cy, "mo-hinh") == 109.0);
    CHECK(member_value(cy, "bac-kan", "mo-hinh") == 32.0);
    CHECK(cy.find_member("bac-kan")->representative->name == "Dương Văn Huấn");
    CHECK(cy.find_member("lang-son")->representative->name == "Liễu Xuân Du");
    bool flag_to_thai_nguyen = false;
    bool merit_to_cao_bang = false;
    for (const model::Award& a : cy.awards) {
        flag_to_thai_nguyen |= a.type == "Cờ thi đua" && a.member == "thai-nguyen";
        merit_to_cao_bang |= a.type == "Bằng khen" && a.member == "cao-bang";
    }
    CHECK(flag_to_thai_nguyen);
    CHECK(merit_to_cao_bang);
    CHECK(cy.covenant->year == 2024);
    CHECK(cy.handover->from == std::vector<std::string>{"bac-kan"});
    CHECK(cy.handover->to == std::vector<std::string>{"lang-son"});
}

TEST_CASE("Đồng bằng sông Hồng và Duyên hải Bắc Bộ 2020: 11 members, 7.002 HTX") {
    const auto cy = sample("dbsh-dhbb-2020.xml");
    CHECK(cy.members.size() == 11);
    CHECK(ids(cy.heads()) == std::vector<std::string>{"bac-ninh"});
    CHECK(cy.meeting->date == text::Date{2020, 12, 15});
    CHECK(total(cy, "so-htx") == 7002.0);
    CHECK(total(cy, "thanh-vien") == 3057365.0);
    CHECK(total(cy, "htx-moi") == 364.0);
    CHECK(cy.succession->heads == std::vector<std::string>{"vinh-phuc"});
    CHECK(cy.succession->year == 2021);
}

TEST_CASE("05 centrally-run cities 2017: head Hồ Chí Minh, next head Đà Nẵng") {
    const auto cy = sample("5-thanh-pho-2017.xml");
    CHECK(cy.members.size() == 5);
    CHECK(cy.meeting->date == text::Date{2017, 12, 7});
    CHECK(cy.meeting->guests.size() == 4);
    CHECK(cy.meeting->guests[0].name == "Nguyễn Ngọc Bảo");
    CHECK(cy.succession->heads == std::vector<std::string>{"da-nang"});
    CHECK(cy.covenant->year == 2018);
}

TEST_CASE("Tây Nam sông Hậu 2020: head An Giang and deputy Cần Thơ for 2021") {
    const auto cy = sample("tay-nam-song-hau-2020.xml");
    CHECK(cy.members.size() == 7);
    CHECK(cy.meeting->date == text::Date{2021, 1, 27});
    CHECK(cy.succession->heads == std::vector<std::string>{"an-giang"});
    CHECK(cy.succession->deputies == std::vector<std::string>{"can-tho"});
    CHECK(cy.covenant->targets.size() >= 7);
}

TEST_CASE("Đồng bằng sông Hồng 2017: 4.139 HTX, 206 new, co-heads Thái Bình and Quảng Ninh") {
    const auto cy = sample("dbsh-2017.xml");
    CHECK(cy.members.size() == 9);
    CHECK(ids(cy.heads()) == std::vector<std::string>{"ninh-binh"});
    CHECK(total(cy, "so-htx") == 4139.0);
    CHECK(total(cy, "thanh-vien") == 2425931.0);
    CHECK(total(cy, "qtdnd") == 373.0);
    CHECK(total(cy, "htx-moi") == 206.0);
    CHECK(total(cy, "tht") == 7811.0);
    CHECK(member_value(cy, "quang-ninh", "htx-moi") == 86.0);
    CHECK(member_value(cy, "bac-ninh", "htx-moi") == 35.0);
    CHECK(member_value(cy, "ninh-binh", "htx-moi") == 22.0);
    CHECK(member_value(cy, "vinh-phuc", "htx-moi") == 21.0);
    CHECK(member_value(cy, "nam-dinh", "htx-moi") == 10.0);
    CHECK(cy.succession->heads == std::vector<std::string>{"thai-binh", "quang-ninh"});
    CHECK(cy.handover->to == std::vector<std::string>{"thai-binh", "quang-ninh"});
}

TEST_CASE("the blank skeleton is itself a valid file") {
    const auto cy = sample("blank.xml");
    CHECK_FALSE(cy.members.empty());
}
