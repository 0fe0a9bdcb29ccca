CREATE TABLE "risk_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"name" text NOT NULL,
	"inherent" jsonb NOT NULL,
	"inherent_score" numeric(10, 2) NOT NULL,
	"inherent_level" text NOT NULL,
	"residual" jsonb,
	"residual_score" numeric(10, 2),
	"residual_level" text,
	"library_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"description" text NOT NULL,
	"classify" text NOT NULL,
	"check_content" text,
	"schedule" jsonb,
	"post" text,
	"library_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"object_name" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"department" text,
	"responsible_person" text,
	"location_text" text,
	"hazard_factors" text[] DEFAULT '{}' NOT NULL,
	"accident_types" text[] DEFAULT '{}' NOT NULL,
	"library_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_events" ADD CONSTRAINT "risk_events_unit_id_risk_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."risk_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_events" ADD CONSTRAINT "risk_events_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_measures" ADD CONSTRAINT "risk_measures_event_id_risk_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."risk_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_measures" ADD CONSTRAINT "risk_measures_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_units" ADD CONSTRAINT "risk_units_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_events_unit_idx" ON "risk_events" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "risk_events_enterprise_idx" ON "risk_events" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "risk_measures_event_idx" ON "risk_measures" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "risk_measures_enterprise_idx" ON "risk_measures" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "risk_units_enterprise_idx" ON "risk_units" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "risk_units_region_idx" ON "risk_units" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
-- One check run per measure and slot, whatever processes race (docs/decisions/005-risk-checks.md); it also serves the
-- lookup of the runs already opened.
CREATE UNIQUE INDEX "risk_check_run_uq" ON "cases" (("fields"->>'measureId'), ("fields"->>'slotStart')) WHERE "type" = 'risk_check';
