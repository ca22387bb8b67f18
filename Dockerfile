# One image for every service; the command names the service (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production RUN_MODE=full
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# The fonts libs/raster draws PNG text with (found beside dist: libs/raster/src/bundled-fonts.ts).
COPY --from=build /app/libs/raster/fonts libs/raster/fonts
USER node
ENTRYPOINT ["node", "dist/apps/server/src/main.js"]
