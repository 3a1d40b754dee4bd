// render/shader_program.cpp: compiles and links the two stages of a program from files.
#include "render/shader_program.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "render/resources.hpp"

namespace atlas::render {

namespace {

GLuint compile(GLenum stage, const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path.string() + ": shader file not found");
    std::stringstream text;
    text << in.rdbuf();
    std::string source = text.str();
    const char* pointer = source.c_str();
    GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &pointer, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        glDeleteShader(shader);
        throw std::runtime_error(path.string() + ": " + log);
    }
    return shader;
}

} // namespace

ShaderProgram::ShaderProgram(const std::string& name) {
    std::filesystem::path base = resourceDir() / "shaders" / name;
    GLuint vertex = compile(GL_VERTEX_SHADER, base.string() + ".vert");
    GLuint fragment = compile(GL_FRAGMENT_SHADER, base.string() + ".frag");
    m_program = glCreateProgram();
    glAttachShader(m_program, vertex);
    glAttachShader(m_program, fragment);
    glLinkProgram(m_program);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    GLint ok = 0;
    glGetProgramiv(m_program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetProgramInfoLog(m_program, sizeof log, nullptr, log);
        glDeleteProgram(m_program);
        throw std::runtime_error(base.string() + ": link failed: " + log);
    }
}

ShaderProgram::~ShaderProgram() { glDeleteProgram(m_program); }

} // namespace atlas::render
