// `npm run test:pg` runs the integration suite against a PostgreSQL server; without one it
// would silently run on PGlite again, so it stops here with a clear message instead.
if (!process.env.TEST_DATABASE_URL) {
  console.error(
    'Zet TEST_DATABASE_URL, bijvoorbeeld: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run test:pg',
  );
  process.exit(1);
}
