// What every step of building the model shares: the loaded files, the program so far, positions, findings.
#pragma once

#include "lang/loader.hpp"
#include "plan/model.hpp"

#include <boost/variant/apply_visitor.hpp>

#include <string>
#include <utility>
#include <vector>

namespace oblige::plan::builder {

template <class... Ts>
struct overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

// Calls the one of `fs` that takes the alternative `v` holds.
template <class Variant, class... Fs>
void visit(const Variant& v, Fs&&... fs) {
    boost::apply_visitor(overloaded{std::forward<Fs>(fs)...}, v.get());
}

struct Context {
    explicit Context(lang::LoadedProgram& loaded) : loaded(loaded) {}

    lang::LoadedProgram& loaded;
    Program program;
    std::size_t current_file = 0; // the file `here` locates nodes in

    // Did-you-mean candidates, listed on the first unknown name (names.cpp): every agency id, and the
    // indicator paths of the plan named `paths_plan`.
    std::vector<std::string> agency_ids;
    std::string paths_plan;
    std::vector<std::string> indicator_paths;

    Location at(std::size_t file, const ast::Located& node) const {
        return loaded.files[file].source->locate(node.offset);
    }
    Location here(const ast::Located& node) const { return at(current_file, node); }

    Finding& report(std::string code, Location where, MessageArgs args, Subjects subjects = {}) {
        program.findings.push_back(
            make_finding(std::move(code), std::move(where), std::move(subjects), std::move(args)));
        return program.findings.back();
    }
};

// Calls f(declaration, file) on every declaration of type Decl in `files`, in order, with `here` locating
// in its file.
template <class Decl, class F>
void for_each_declared(Context& ctx, const std::vector<std::size_t>& files, F&& f) {
    for (std::size_t file : files) {
        ctx.current_file = file;
        for (const auto& decl : ctx.loaded.files[file].ast.declarations)
            if (const auto* d = boost::get<Decl>(&decl.get())) f(*d, file);
    }
}

} // namespace oblige::plan::builder
