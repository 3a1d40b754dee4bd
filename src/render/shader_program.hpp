// render/shader_program.hpp: a GLSL program built from shaders/<name>.vert and .frag.
// Needs a current OpenGL 3.3 core context.
#pragma once

#include <epoxy/gl.h>

#include <string>

namespace atlas::render {

class ShaderProgram {
public:
    // Throws std::runtime_error with the file name and the compiler's log on failure.
    explicit ShaderProgram(const std::string& name);
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    void use() const { glUseProgram(m_program); }
    GLint uniform(const char* name) const { return glGetUniformLocation(m_program, name); }

private:
    GLuint m_program = 0;
};

} // namespace atlas::render
