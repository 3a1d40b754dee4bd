#version 330 core
// A tile's pixels, already premultiplied.
in vec2 v_uv;

uniform sampler2D u_tile;

out vec4 o_color;

void main() {
    o_color = texture(u_tile, v_uv);
}
