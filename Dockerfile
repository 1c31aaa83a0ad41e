# The app image for docker-compose.yml: builds once, then `npm start` seeds an empty graph and serves.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production
EXPOSE 3000
# With NEO4J_URI set, npm start uses that server and only seeds and serves.
CMD ["npm", "start"]
