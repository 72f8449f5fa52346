import postgres from "postgres";
import { openDatabase } from "../../db/client";
import {
  databaseUrl,
  POSTGRES_URL,
  prepareReferenceData,
  TEMPLATE_DATABASE,
} from "./test-database";

/**
 * Builds the template database every PostgreSQL test file copies: migrated once, with the
 * reference data. Test files then cost a `CREATE DATABASE … TEMPLATE`, not a migration.
 */
export default async function setup() {
  if (!process.env.DATABASE_URL) return; // each file then uses its own in-memory PGlite
  const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DATABASE}"`);
  } catch (error) {
    throw new Error(
      `The database tests need PostgreSQL at ${POSTGRES_URL} (set DATABASE_URL): ${(error as Error).message}`,
    );
  } finally {
    await admin.end();
  }
  const template = await openDatabase({
    url: databaseUrl(POSTGRES_URL, TEMPLATE_DATABASE),
    max: 2,
  });
  await prepareReferenceData(template);
  await template.close();
}
