#version 330 core
// Polygon fills in map metres; each vertex carries its feature's index into the colour table.
layout(location = 0) in vec2 a_position;
layout(location = 1) in float a_feature;

uniform vec2 u_center;          // camera centre, metres, relative to the buffer's origin
uniform float u_pixelsPerMetre;
uniform vec2 u_viewport;        // framebuffer size in pixels
uniform sampler2D u_colors;     // one texel per feature, premultiplied alpha

out vec4 v_color;

void main() {
    vec2 pixels = (a_position - u_center) * u_pixelsPerMetre;
    v_color = texelFetch(u_colors, ivec2(int(a_feature), 0), 0);
    // A feature with nothing to show is moved behind the far plane, so it is never rasterised.
    gl_Position = vec4(pixels / (u_viewport * 0.5), v_color.a > 0.0 ? 0.0 : 2.0, 1.0);
}
