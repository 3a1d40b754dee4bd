#version 330 core
// The atlas holds glyph coverage in red and its dilated halo in green; text is composited over
// its halo and written premultiplied.
in vec2 v_uv;
in vec4 v_color;
in vec4 v_halo;

uniform sampler2D u_atlas;

out vec4 o_color;

void main() {
    vec2 sampled = texture(u_atlas, v_uv).rg;
    float glyph = sampled.r * v_color.a;
    float halo = sampled.g * v_halo.a;
    vec3 rgb = v_color.rgb * glyph + v_halo.rgb * halo * (1.0 - glyph);
    float alpha = glyph + halo * (1.0 - glyph);
    if (alpha <= 0.0) discard;
    o_color = vec4(rgb, alpha);
}
