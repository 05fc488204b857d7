/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds live side by side (e.g. parallel test runs): NEXT_DIST_DIR=.next-x.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The ffmpeg binary ships inside this package: load it from node_modules, never bundle it.
  serverExternalPackages: ["@ffmpeg-installer/ffmpeg"],
  reactStrictMode: true,
  devIndicators: false,
  // `npm test` type-checks the whole repo (tsc --noEmit) first; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
