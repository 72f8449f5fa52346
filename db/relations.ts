import { relations } from "drizzle-orm";
import {
  consultations,
  frameworks,
  inputObjectives,
  inputPrinciples,
  inputs,
  inputTexts,
  objectives,
  organizations,
  practiceDetails,
  principles,
  stakeholderCategories,
  thematicClusters,
} from "./schema";

export const frameworksRelations = relations(frameworks, ({ many }) => ({
  objectives: many(objectives),
  principles: many(principles),
  thematicClusters: many(thematicClusters),
  consultations: many(consultations),
}));

export const objectivesRelations = relations(objectives, ({ one, many }) => ({
  framework: one(frameworks, { fields: [objectives.frameworkId], references: [frameworks.id] }),
  inputs: many(inputObjectives),
}));

export const principlesRelations = relations(principles, ({ one, many }) => ({
  framework: one(frameworks, { fields: [principles.frameworkId], references: [frameworks.id] }),
  inputs: many(inputPrinciples),
}));

export const thematicClustersRelations = relations(thematicClusters, ({ one }) => ({
  framework: one(frameworks, {
    fields: [thematicClusters.frameworkId],
    references: [frameworks.id],
  }),
}));

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  stakeholderCategory: one(stakeholderCategories, {
    fields: [organizations.stakeholderCategoryId],
    references: [stakeholderCategories.id],
  }),
  inputs: many(inputs),
}));

export const consultationsRelations = relations(consultations, ({ one, many }) => ({
  framework: one(frameworks, { fields: [consultations.frameworkId], references: [frameworks.id] }),
  inputs: many(inputs),
}));

export const inputsRelations = relations(inputs, ({ one, many }) => ({
  consultation: one(consultations, {
    fields: [inputs.consultationId],
    references: [consultations.id],
  }),
  organization: one(organizations, {
    fields: [inputs.organizationId],
    references: [organizations.id],
  }),
  texts: many(inputTexts),
  objectives: many(inputObjectives),
  principles: many(inputPrinciples),
  practice: one(practiceDetails),
}));

export const inputTextsRelations = relations(inputTexts, ({ one }) => ({
  input: one(inputs, { fields: [inputTexts.inputId], references: [inputs.id] }),
}));

export const inputObjectivesRelations = relations(inputObjectives, ({ one }) => ({
  input: one(inputs, { fields: [inputObjectives.inputId], references: [inputs.id] }),
  objective: one(objectives, {
    fields: [inputObjectives.objectiveId],
    references: [objectives.id],
  }),
}));

export const inputPrinciplesRelations = relations(inputPrinciples, ({ one }) => ({
  input: one(inputs, { fields: [inputPrinciples.inputId], references: [inputs.id] }),
  principle: one(principles, {
    fields: [inputPrinciples.principleId],
    references: [principles.id],
  }),
}));

export const practiceDetailsRelations = relations(practiceDetails, ({ one }) => ({
  input: one(inputs, { fields: [practiceDetails.inputId], references: [inputs.id] }),
  thematicCluster: one(thematicClusters, {
    fields: [practiceDetails.thematicClusterId],
    references: [thematicClusters.id],
  }),
}));
